// GET /account/data: the signed-in person's own data as a JSON download.
import { currentUser } from "@/lib/auth/current-user";
import { exportPersonalData } from "@/lib/teams/data/personal-data";

export const dynamic = "force-dynamic";

export async function GET() {
  const user = await currentUser();
  if (!user) return new Response(null, { status: 401 });
  const data = await exportPersonalData(user.id);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": 'attachment; filename="funnelmeter-my-data.json"',
      "cache-control": "no-store",
    },
  });
}
