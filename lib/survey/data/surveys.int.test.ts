import { expect, it } from "vitest";
import { describeDb } from "@/db/test/harness";
import { addMember, auditOf, newOrg } from "@/db/test/orgs";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { PRACTICES, type SurveyAnswer } from "@/lib/kpi/pipeline-health";
import {
  closeSurveyRound,
  findSurveyRound,
  latestPipelineCoverage,
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
    for (let i = 0; i < 4; i++) {
      await saveSurveyAnswer((await addMember(org)).ctx, anonymous.id, answer("healthy"));
    }
    await closeSurveyRound(org.ctx, anonymous.id);
    const a = await listSurveyAnswers(org.ctx, anonymous.id);
    expect(a.answers).toHaveLength(5);
    expect(a.named).toEqual([]);
    expect(JSON.stringify(a)).not.toContain(rep.memberId);
    const n = await listSurveyAnswers(org.ctx, named.id);
    expect(n.named).toEqual([{ ...answer("unhealthy"), memberId: rep.memberId, name: "A rep" }]);
    // The audit log says that an answer was given, never what it says, and in an anonymous
    // round not who gave it.
    const saved = await auditOf(org.ctx.org.id, "survey_response.saved");
    expect(saved).toHaveLength(6);
    expect(saved.every((e) => e.before === null && e.after === null)).toBe(true);
    const anonymousSaves = saved.filter((e) => e.subjectId === anonymous.id);
    expect(anonymousSaves).toHaveLength(5);
    expect(anonymousSaves.every((e) => e.actorUserId === null && e.actorApiKeyId === null)).toBe(true);
    expect(saved.find((e) => e.subjectId === named.id)?.actorUserId).toBe(rep.ctx.userId);
  });

  it("an anonymous round shows nothing while open, nor once closed with fewer than 5 answers", async () => {
    const org = await newOrg();
    const open = await openSurveyRound(org.ctx, { title: "Open", privacy: "anonymous" });
    const few = await openSurveyRound(org.ctx, { title: "Few", privacy: "anonymous" });
    const reps = await Promise.all(Array.from({ length: 6 }, () => addMember(org)));
    // Reading totals before and after each answer must never isolate it: nothing moves while open.
    for (const rep of reps) {
      await saveSurveyAnswer(rep.ctx, open.id, answer("healthy", 1_000 + reps.indexOf(rep)));
      expect(await listSurveyAnswers(org.ctx, open.id)).toEqual({
        privacy: "anonymous",
        answers: [],
        named: [],
        withheld: "open",
      });
    }
    for (const rep of reps.slice(0, 4)) await saveSurveyAnswer(rep.ctx, few.id, answer("neutral"));
    await closeSurveyRound(org.ctx, few.id);
    expect(await listSurveyAnswers(org.ctx, few.id)).toMatchObject({ answers: [], withheld: "tooFew" });
    // The team page's coverage skips both rounds.
    expect(await latestPipelineCoverage(org.ctx, true)).toBeNull();
    await closeSurveyRound(org.ctx, open.id);
    expect(await listSurveyAnswers(org.ctx, open.id)).toMatchObject({ withheld: null });
    expect((await listSurveyAnswers(org.ctx, open.id)).answers).toHaveLength(6);
    expect(await latestPipelineCoverage(org.ctx, false)).toMatchObject({
      round: { id: open.id },
      responses: 6,
      coverage: 2,
      forecastAttainment: 6015 / 6 / 50_000,
    });
  });

  it("a named round shows its answers at any size, open or closed", async () => {
    const org = await newOrg();
    const rep = await addMember(org);
    const round = await openSurveyRound(org.ctx, { title: "N", privacy: "named" });
    await saveSurveyAnswer(rep.ctx, round.id, answer("healthy"));
    expect(await listSurveyAnswers(org.ctx, round.id)).toMatchObject({
      withheld: null,
      answers: [answer("healthy")],
    });
    expect(await latestPipelineCoverage(org.ctx, true)).toMatchObject({ responses: 1, coverage: 2 });
    expect(await latestPipelineCoverage(org.ctx, false)).toBeNull();
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
