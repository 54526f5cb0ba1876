import "server-only";
// Pipeline-health survey rounds and answers. An anonymous round promises managers see totals
// only: no function here hands out who answered what in one, the audit log records that an
// answer was given, never its content nor who gave it, and its answers leave this module only
// once the round is closed with at least MIN_GROUP_SIZE of them. Figures that moved answer by
// answer would let a manager read one person's answer from the difference before and after it.
import { and, count, desc, eq, isNull } from "drizzle-orm";
import { members, surveyResponses, surveyRounds } from "@/db/schema";
import { recordAudit } from "@/lib/data/audit";
import { inOrg, type OrgContext, type Tx } from "@/lib/data/tenant-tx";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import {
  MIN_GROUP_SIZE,
  type SurveyAnswer,
  type SurveyPrivacy,
  surveyResults,
} from "@/lib/kpi/pipeline-health";
import { emitWebhookEvent } from "@/lib/webhooks/data/webhooks";

export type { SurveyPrivacy };

export interface SurveyRound {
  id: string;
  title: string;
  privacy: SurveyPrivacy;
  openedAt: Date;
  closedAt: Date | null;
  responses: number;
  /** Whether the viewer's own member has answered. */
  answeredByMe: boolean;
}

export async function listSurveyRounds(ctx: OrgContext): Promise<SurveyRound[]> {
  return inOrg(ctx, async (tx) => {
    const rounds = await tx
      .select({
        id: surveyRounds.id,
        title: surveyRounds.title,
        privacy: surveyRounds.privacy,
        openedAt: surveyRounds.openedAt,
        closedAt: surveyRounds.closedAt,
        responses: count(surveyResponses.memberId),
      })
      .from(surveyRounds)
      .leftJoin(
        surveyResponses,
        and(eq(surveyResponses.orgId, surveyRounds.orgId), eq(surveyResponses.roundId, surveyRounds.id)),
      )
      .where(eq(surveyRounds.orgId, ctx.org.id))
      .groupBy(surveyRounds.orgId, surveyRounds.id)
      .orderBy(desc(surveyRounds.openedAt));
    const mine = ctx.member
      ? await tx
          .select({ roundId: surveyResponses.roundId })
          .from(surveyResponses)
          .where(and(eq(surveyResponses.orgId, ctx.org.id), eq(surveyResponses.memberId, ctx.member.id)))
      : [];
    const answered = new Set(mine.map((m) => m.roundId));
    return rounds.map((round) => ({ ...round, answeredByMe: answered.has(round.id) }));
  });
}

async function roundInTx(tx: Tx, ctx: OrgContext, roundId: string, forUpdate = false) {
  if (!isUuid(roundId)) throw new NotFoundError("surveyRound");
  const query = tx
    .select()
    .from(surveyRounds)
    .where(and(eq(surveyRounds.orgId, ctx.org.id), eq(surveyRounds.id, roundId)));
  const [round] = forUpdate ? await query.for("update") : await query;
  if (!round) throw new NotFoundError("surveyRound");
  return round;
}

export async function findSurveyRound(ctx: OrgContext, roundId: string) {
  return inOrg(ctx, (tx) => roundInTx(tx, ctx, roundId));
}

export async function openSurveyRound(ctx: OrgContext, input: { title: string; privacy: SurveyPrivacy }) {
  return inOrg(ctx, async (tx) => {
    const [round] = await tx
      .insert(surveyRounds)
      .values({ orgId: ctx.org.id, title: input.title, privacy: input.privacy })
      .returning({ id: surveyRounds.id });
    if (!round) throw new Error("survey round was not created");
    await recordAudit(tx, ctx, {
      action: "survey_round.opened",
      subjectType: "survey_round",
      subjectId: round.id,
      after: input,
    });
    return round;
  });
}

/** Closing twice is a conflict: the round was already closed. */
export async function closeSurveyRound(ctx: OrgContext, roundId: string): Promise<void> {
  await inOrg(ctx, async (tx) => {
    const round = await roundInTx(tx, ctx, roundId, true);
    if (round.closedAt) throw new ConflictError({ key: "surveyRoundClosed" });
    await tx
      .update(surveyRounds)
      .set({ closedAt: new Date() })
      .where(
        and(eq(surveyRounds.orgId, ctx.org.id), eq(surveyRounds.id, roundId), isNull(surveyRounds.closedAt)),
      );
    await recordAudit(tx, ctx, {
      action: "survey_round.closed",
      subjectType: "survey_round",
      subjectId: roundId,
    });
    await emitWebhookEvent(tx, ctx.org, "survey.closed", {
      roundId,
      title: round.title,
      privacy: round.privacy,
    });
  });
}

/** The viewer's own answer to a round (to show it again in the form), or null. */
export async function myAnswer(ctx: OrgContext, roundId: string): Promise<SurveyAnswer | null> {
  if (!ctx.member || !isUuid(roundId)) return null;
  const memberId = ctx.member.id;
  const [row] = await inOrg(ctx, (tx) =>
    tx
      .select()
      .from(surveyResponses)
      .where(
        and(
          eq(surveyResponses.orgId, ctx.org.id),
          eq(surveyResponses.roundId, roundId),
          eq(surveyResponses.memberId, memberId),
        ),
      ),
  );
  return row ? toAnswer(row) : null;
}

/** A member answers for themselves, while the round is open; answering again replaces it. */
export async function saveSurveyAnswer(
  ctx: OrgContext,
  roundId: string,
  answer: SurveyAnswer,
): Promise<void> {
  const memberId = ctx.member?.id;
  if (!memberId) throw new NotFoundError("member");
  await inOrg(ctx, async (tx) => {
    const round = await roundInTx(tx, ctx, roundId, true);
    if (round.closedAt) throw new ConflictError({ key: "surveyRoundClosed" });
    const values = {
      health: answer.health,
      practices: { ...answer.practices } as Record<string, number>,
      openPipelineValue: answer.openPipelineValue,
      expectedToClose: answer.expectedToClose,
      target: answer.target,
    };
    await tx
      .insert(surveyResponses)
      .values({ orgId: ctx.org.id, roundId, memberId, ...values })
      .onConflictDoUpdate({
        target: [surveyResponses.orgId, surveyResponses.roundId, surveyResponses.memberId],
        set: { ...values, updatedAt: new Date() },
      });
    // That an answer was given, not what it says: managers read the audit log. In an
    // anonymous round not who gave it either.
    const auditCtx = round.privacy === "anonymous" ? { ...ctx, userId: null, apiKeyId: null } : ctx;
    await recordAudit(tx, auditCtx, {
      action: "survey_response.saved",
      subjectType: "survey_round",
      subjectId: roundId,
    });
  });
}

export interface NamedAnswer extends SurveyAnswer {
  memberId: string;
  name: string;
}

/** Why an anonymous round's answers are held back: it is still open, or it has too few. */
export type Withheld = "open" | "tooFew";

/** Whether an anonymous round's figures may be shown; null when they may. */
export function anonymousWithheld(round: { closedAt: Date | null }, responses: number): Withheld | null {
  if (!round.closedAt) return "open";
  return responses < MIN_GROUP_SIZE ? "tooFew" : null;
}

/**
 * A round's answers for its results. Names come with them only in a named round; in an
 * anonymous round the caller gets the answers alone, in an order that says nothing, and only
 * once the round is closed with at least MIN_GROUP_SIZE answers (`withheld` says why not).
 */
export async function listSurveyAnswers(
  ctx: OrgContext,
  roundId: string,
): Promise<{
  privacy: SurveyPrivacy;
  answers: SurveyAnswer[];
  named: NamedAnswer[];
  withheld: Withheld | null;
}> {
  return inOrg(ctx, async (tx) => {
    const round = await roundInTx(tx, ctx, roundId);
    const rows = await tx
      .select({ response: surveyResponses, name: members.name })
      .from(surveyResponses)
      .innerJoin(
        members,
        and(eq(members.orgId, surveyResponses.orgId), eq(members.id, surveyResponses.memberId)),
      )
      .where(and(eq(surveyResponses.orgId, ctx.org.id), eq(surveyResponses.roundId, roundId)));
    const withheld = round.privacy === "anonymous" ? anonymousWithheld(round, rows.length) : null;
    if (withheld) return { privacy: round.privacy, answers: [], named: [], withheld };
    const answers = rows
      .map((row) => toAnswer(row.response))
      .sort((a, b) => a.health.localeCompare(b.health) || a.target - b.target);
    const named =
      round.privacy === "named"
        ? rows
            .map((row) => ({ ...toAnswer(row.response), memberId: row.response.memberId, name: row.name }))
            .sort((a, b) => a.name.localeCompare(b.name))
        : [];
    return { privacy: round.privacy, answers, named, withheld: null };
  });
}

function toAnswer(row: typeof surveyResponses.$inferSelect): SurveyAnswer {
  return {
    health: row.health,
    practices: row.practices,
    openPipelineValue: row.openPipelineValue,
    expectedToClose: row.expectedToClose,
    target: row.target,
  };
}

/**
 * Pipeline coverage from the latest round that may be shown to this viewer: an anonymous round
 * once closed with at least MIN_GROUP_SIZE answers, a named round with at least that many, or,
 * for those who run surveys, a named round with any answer.
 */
export async function latestPipelineCoverage(ctx: OrgContext, viewerRunsSurveys: boolean) {
  const rounds = await listSurveyRounds(ctx);
  const round = rounds.find((r) =>
    r.privacy === "anonymous"
      ? anonymousWithheld(r, r.responses) === null
      : r.responses >= MIN_GROUP_SIZE || (viewerRunsSurveys && r.responses > 0),
  );
  if (!round) return null;
  const { answers, privacy } = await listSurveyAnswers(ctx, round.id);
  return {
    round: { id: round.id, title: round.title },
    responses: answers.length,
    ...surveyResults(answers, privacy).pipeline,
  };
}
