import { getWhatIf } from "@/lib/api/routes/what-if";

export const GET = getWhatIf.handle;
