// Översikt: the start page's data as model/pageData.ts declares it: kolada holds the site's kommuner
// and the comparison areas for the card KPIs, all the page draws (the cards' sparklines, the trend
// and its mean of all kommuner); the places among all kommuner come ready in kpi_latest, so the
// start page loads no kommun's series but the catalogue's.
import type {OVERSIKT_DATA} from "../../../model/pageData.js";
import type {LoadedPage} from "../../kit/pageData.js";

export type OversiktData = LoadedPage<typeof OVERSIKT_DATA>;
