import { expect, it } from "vitest";
import { describeDb } from "@/db/test/harness";
import { addMember, auditOf, newOrg } from "@/db/test/orgs";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { PRACTICES, type SurveyAnswer } from "@/lib/kpi/pipeline-health";
import {
  closeSurveyRound,
  findSurveyRound,
  listSurveyAnswers,
  listSurveyRounds,
  myAnswer,
  openSurveyRound,
  saveSurveyAnswer,
} from "./surveys";

const answer = (health: SurveyAnswer["health"], expectedToClose = 40_000): SurveyAnswer => ({
  health,
  practices: Object.fromEntries(PRACTICES.map((p) => [p, 4])),
  openPipelineValue: 100_000,
  expectedToClose,
  target: 50_000,
});

describeDb("pipeline-health survey", () => {
  it("a round is opened, answered once per member (again replaces it), and closed for good", async () => {
    const org = await newOrg();
    const rep = await addMember(org);
    const { id } = await openSurveyRound(org.ctx, { title: "Q4", privacy: "anonymous" });
    await saveSurveyAnswer(rep.ctx, id, answer("neutral"));
    await saveSurveyAnswer(rep.ctx, id, answer("healthy", 45_000.5));
    expect(await myAnswer(rep.ctx, id)).toEqual(answer("healthy", 45_000.5));
    expect(await myAnswer(org.ctx, id)).toBeNull();
    const [round] = await listSurveyRounds(rep.ctx);
    expect(round).toMatchObject({ id, title: "Q4", responses: 1, answeredByMe: true, closedAt: null });
    expect((await listSurveyRounds(org.ctx))[0]?.answeredByMe).toBe(false);

    await closeSurveyRound(org.ctx, id);
    await expect(closeSurveyRound(org.ctx, id)).rejects.toBeInstanceOf(ConflictError);
    await expect(saveSurveyAnswer(rep.ctx, id, answer("unhealthy"))).rejects.toBeInstanceOf(ConflictError);
    expect((await findSurveyRound(org.ctx, id)).closedAt).not.toBeNull();
    expect(await myAnswer(rep.ctx, id)).toMatchObject({ health: "healthy" });
  });

  it("an anonymous round gives answers without names; a named round gives names too", async () => {
    const org = await newOrg();
    const rep = await addMember(org);
    const anonymous = await openSurveyRound(org.ctx, { title: "A", privacy: "anonymous" });
    const named = await openSurveyRound(org.ctx, { title: "N", privacy: "named" });
    for (const round of [anonymous, named]) await saveSurveyAnswer(rep.ctx, round.id, answer("unhealthy"));
    const a = await listSurveyAnswers(org.ctx, anonymous.id);
    expect(a.answers).toEqual([answer("unhealthy")]);
    expect(a.named).toEqual([]);
    expect(JSON.stringify(a)).not.toContain(rep.memberId);
    const n = await listSurveyAnswers(org.ctx, named.id);
    expect(n.named).toEqual([{ ...answer("unhealthy"), memberId: rep.memberId, name: "A rep" }]);
    // The audit log says that an answer was given, never what it says.
    const saved = await auditOf(org.ctx.org.id, "survey_response.saved");
    expect(saved).toHaveLength(2);
    expect(saved.every((e) => e.before === null && e.after === null)).toBe(true);
  });

  it("another organization's round is not found, and so is an id that is not one", async () => {
    const a = await newOrg();
    const b = await newOrg();
    const { id } = await openSurveyRound(a.ctx, { title: "Q4", privacy: "named" });
    for (const roundId of [id, "-".repeat(36), "not-a-round"]) {
      await expect(findSurveyRound(b.ctx, roundId)).rejects.toBeInstanceOf(NotFoundError);
      await expect(saveSurveyAnswer(b.ctx, roundId, answer("healthy"))).rejects.toBeInstanceOf(NotFoundError);
      await expect(closeSurveyRound(b.ctx, roundId)).rejects.toBeInstanceOf(NotFoundError);
      await expect(listSurveyAnswers(b.ctx, roundId)).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await listSurveyRounds(b.ctx)).toEqual([]);
    expect(await myAnswer(b.ctx, id)).toBeNull();
  });
});
