import { NextResponse } from "next/server";
import { databaseAnswers } from "@/lib/data/health";

export const dynamic = "force-dynamic";

export async function GET() {
  return (await databaseAnswers())
    ? NextResponse.json({ status: "ok" })
    : NextResponse.json({ status: "degraded" }, { status: 503 });
}
