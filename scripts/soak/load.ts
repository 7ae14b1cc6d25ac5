// The simulated users. Editors sign in, log progress on their own tasks, edit their own draft tasks, work on
// their organization's current report (save the draft, submit) and take part in conflict rounds: several
// editors of one organization write the same task with the same expected version at the same moment, so all
// but one must be refused with 409. Reviewers (Steering Committee) accept or return submitted reports, racing
// each other on the same report. Every request is recorded with what the database must show for it.
import { randomInt } from "node:crypto";
import http from "node:http";
import { performance } from "node:perf_hooks";
import type { SoakEditor, SoakOrganization, SoakWorld } from "./seed";

export type OpKind =
  | "login"
  | "me"
  | "task.read"
  | "task.progress"
  | "task.edit"
  | "round.progress"
  | "round.edit"
  | "report.read"
  | "report.save"
  | "report.resave"
  | "report.submit"
  | "review.list"
  | "report.review";

export type Op = {
  kind: OpKind;
  userId: string;
  status: number; // 0: no answer (network error or timeout)
  problem?: string; // problem+json type of a refusal
  ms: number;
  atMs: number; // start, since the load began
  marker?: string; // unique text the write carries (progress note, task description, report section, review comment)
  taskId?: string;
  reportId?: string;
  round?: number;
  submissionNumber?: number; // of an accepted submission, or of the submission a review decided
  decision?: "accept" | "return";
  error?: string;
};

export type LoadOptions = { port: number; seconds: number; thinkMs: number; runId: string; log: (line: string) => void };
export type LoadResult = { ops: Op[]; rounds: number; seconds: number; resetRetries: number };

type Answer = { status: number; json: Record<string, unknown> | null; headers: http.IncomingHttpHeaders; ms: number; error?: string };

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

class Client {
  // Idle keep-alive sockets are dropped after 2 s, well before the server's 5 s keep-alive timeout.
  readonly agent = new http.Agent({ keepAlive: true, maxSockets: 2, timeout: 2000 });
  cookie = "";
  constructor(
    readonly port: number,
    readonly userId: string,
    private readonly onResetRetry: () => void,
  ) {}

  // A request that finds its reused keep-alive socket closed by the server (ECONNRESET before any answer) never
  // reached the application, so it is sent again once, as browsers do (Node documents `reusedSocket` for this).
  // Were it processed twice after all, the invariants would see its marker twice.
  async send(method: string, path: string, body?: unknown): Promise<Answer> {
    const first = await this.attempt(method, path, body);
    if (!first.resetOnReusedSocket) return first;
    this.onResetRetry();
    return this.attempt(method, path, body);
  }

  private attempt(method: string, path: string, body?: unknown): Promise<Answer & { resetOnReusedSocket?: boolean }> {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const started = performance.now();
    return new Promise((resolve) => {
      const req = http.request(
        {
          host: "127.0.0.1",
          port: this.port,
          path,
          method,
          agent: this.agent,
          headers: {
            accept: "application/json",
            "accept-language": "en",
            "user-agent": `soak/${this.userId}`,
            ...(this.cookie ? { cookie: this.cookie } : {}),
            ...(payload ? { "content-type": "application/json", "content-length": Buffer.byteLength(payload) } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () => {
            let json: Record<string, unknown> | null = null;
            try {
              json = JSON.parse(Buffer.concat(chunks).toString("utf8"));
            } catch {
              /* not JSON */
            }
            resolve({ status: res.statusCode ?? 0, json, headers: res.headers, ms: performance.now() - started });
          });
          res.on("error", (error) =>
            resolve({ status: 0, json: null, headers: {}, ms: performance.now() - started, error: error.message }),
          );
        },
      );
      req.setTimeout(60_000, () => req.destroy(new Error("timeout after 60 s")));
      req.on("error", (error: NodeJS.ErrnoException) =>
        resolve({
          status: 0,
          json: null,
          headers: {},
          ms: performance.now() - started,
          error: error.message,
          resetOnReusedSocket: req.reusedSocket && error.code === "ECONNRESET",
        }),
      );
      if (payload) req.write(payload);
      req.end();
    });
  }
}

type Base = { version: number; code: string };
type Round = { id: number; members: number; joined: () => void; base: Promise<Base | null>; finishes: Promise<void>[] };

// Conflict rounds per task: editors who choose a contended write join the task's open round. It closes when it
// has `size` members, or has at least two and has been open `gatherMs` (a lone member waits for a second, or
// for the end of the load); its first member then reads the task's version once, and all members write with
// it at the same moment. Rounds of one task never overlap, so exactly one write per round can succeed.
export class ConflictRounds {
  private readonly open = new Map<string, Round>();
  private readonly tail = new Map<string, Promise<unknown>>();
  count = 0;
  constructor(
    private readonly gatherMs: number,
    private readonly size: number,
    private readonly endsAt: Promise<void>,
  ) {}

  async join(taskId: string, readBase: () => Promise<Base | null>): Promise<{ id: number; base: Base | null; done: () => void }> {
    let round = this.open.get(taskId);
    if (!round) {
      const previous = this.tail.get(taskId) ?? Promise.resolve();
      let resolveSecond = () => {};
      let resolveFull = () => {};
      const second = new Promise<void>((resolve) => (resolveSecond = resolve));
      const full = new Promise<void>((resolve) => (resolveFull = resolve));
      const created: Round = {
        id: ++this.count,
        members: 0,
        joined: () => {
          if (created.members === 2) resolveSecond();
          if (created.members >= this.size) resolveFull();
        },
        finishes: [],
        base: Promise.resolve(null),
      };
      created.base = (async () => {
        await previous;
        await Promise.race([Promise.all([sleep(this.gatherMs), second]), full, this.endsAt]);
        if (this.open.get(taskId) === created) this.open.delete(taskId);
        return readBase();
      })();
      this.tail.set(
        taskId,
        created.base.then(() => Promise.all(created.finishes)),
      );
      this.open.set(taskId, created);
      round = created;
    }
    round.members++;
    round.joined();
    if (round.members >= this.size) this.open.delete(taskId);
    let done = () => {};
    round.finishes.push(new Promise<void>((resolve) => (done = resolve)));
    return { id: round.id, base: await round.base, done };
  }
}

const pick = <T>(list: readonly T[]): T => list[randomInt(list.length)]!;

function weighted<T extends string>(weights: Record<T, number>): T {
  const entries = Object.entries(weights) as [T, number][];
  let r = Math.random() * entries.reduce((sum, [, w]) => sum + w, 0);
  for (const [key, w] of entries) if ((r -= w) < 0) return key;
  return entries[0]![0];
}

function taskEditBody(code: string, marker: string, version: number) {
  return {
    code,
    titleVi: `Nhiệm vụ thử bền ${code}`,
    taskGroupCode: "TG3",
    description: marker,
    status: "IN_PROGRESS",
    progress: randomInt(1, 100),
    version,
  };
}

export async function runLoad(world: SoakWorld, options: LoadOptions): Promise<LoadResult> {
  const ops: Op[] = [];
  const started = performance.now();
  const end = started + options.seconds * 1000;
  const rounds = new ConflictRounds(1500, 3, sleep(options.seconds * 1000));
  const reportCursor = new Map<number, number>(world.organizations.map((o) => [o.index, 0]));
  let sequence = 0;
  let resetRetries = 0;
  const countRetry = () => resetRetries++;
  const marker = (userId: string) => `soak:${options.runId}:${userId}:${++sequence}`;

  const record = (client: Client, kind: OpKind, answer: Answer, extra: Partial<Op> = {}): Answer => {
    const problem = typeof answer.json?.type === "string" && answer.status >= 400 ? String(answer.json.type) : undefined;
    ops.push({
      kind,
      userId: client.userId,
      status: answer.status,
      ms: answer.ms,
      atMs: performance.now() - started - answer.ms,
      ...(problem ? { problem } : {}),
      ...(answer.error ? { error: answer.error } : {}),
      ...extra,
    });
    return answer;
  };

  const signIn = async (client: Client, email: string) => {
    const answer = record(client, "login", await client.send("POST", "/api/v1/auth/login", { email, password: world.password }));
    const cookie = answer.headers["set-cookie"]?.find((c) => c.includes("session-token="));
    if (answer.status === 200 && cookie) client.cookie = cookie.split(";")[0]!;
    return answer.status === 200;
  };

  const readTask = async (client: Client, taskId: string): Promise<Base | null> => {
    const answer = record(client, "task.read", await client.send("GET", `/api/v1/tasks/${taskId}`), { taskId });
    return answer.status === 200 ? { version: Number(answer.json!.version), code: String(answer.json!.code) } : null;
  };

  const logProgress = async (client: Client, kind: "task.progress" | "round.progress", taskId: string, version: number, round?: number) => {
    const note = marker(client.userId);
    const body = { status: "IN_PROGRESS", progress: randomInt(1, 100), note, evidenceUrl: null, version };
    record(client, kind, await client.send("POST", `/api/v1/tasks/${taskId}/updates`, body), { taskId, marker: note, round });
  };

  const editTask = async (client: Client, kind: "task.edit" | "round.edit", taskId: string, base: Base, round?: number) => {
    const description = marker(client.userId);
    record(client, kind, await client.send("PATCH", `/api/v1/tasks/${taskId}`, taskEditBody(base.code, description, base.version)), {
      taskId,
      marker: description,
      round,
    });
  };

  const conflictRound = async (client: Client, kind: "round.progress" | "round.edit", taskId: string) => {
    const { id, base, done } = await rounds.join(taskId, () => readTask(client, taskId));
    try {
      if (!base) return;
      if (kind === "round.progress") await logProgress(client, kind, taskId, base.version, id);
      else await editTask(client, kind, taskId, base, id);
    } finally {
      done();
    }
  };

  // The organization's current report: the first not yet accepted.
  const workOnReport = async (client: Client, organization: SoakOrganization) => {
    const index = reportCursor.get(organization.index)!;
    const reportId = organization.reportIds[index];
    if (!reportId) return;
    const answer = record(client, "report.read", await client.send("GET", `/api/v1/reports/${reportId}`), { reportId });
    if (answer.status !== 200) return;
    const report = answer.json!.report as { status: string; version: number };
    if (report.status === "ACCEPTED") {
      if (reportCursor.get(organization.index) === index) reportCursor.set(organization.index, index + 1);
      return;
    }
    if (report.status === "SUBMITTED") return;
    if (Math.random() < 0.55) {
      const text = marker(client.userId);
      const body = {
        version: report.version,
        sections: { limitations: text },
        taskRows: [
          { taskId: organization.reportTaskId, status: "IN_PROGRESS", progress: randomInt(1, 100), resultAchieved: text, evidence: null },
        ],
      };
      record(client, "report.save", await client.send("PUT", `/api/v1/reports/${reportId}`, body), { reportId, marker: text });
    } else {
      // Half the submissions go the way the report page sends them: save the form as it is, then submit with
      // the version that save returned; the form is often unchanged.
      let version = report.version;
      if (Math.random() < 0.5) {
        const detail = answer.json as {
          sections: Record<string, string | null>;
          taskRows: { taskId: string; status: string; progress: number; resultAchieved: string | null; evidence: string | null }[];
        };
        const body = {
          version,
          sections: detail.sections,
          taskRows: detail.taskRows.map((r) => ({
            taskId: r.taskId,
            status: r.status,
            progress: r.progress,
            resultAchieved: r.resultAchieved,
            evidence: r.evidence,
          })),
        };
        const saved = record(client, "report.resave", await client.send("PUT", `/api/v1/reports/${reportId}`, body), { reportId });
        if (saved.status !== 200) return;
        version = (saved.json!.report as { version: number }).version;
      }
      const submitted = await client.send("POST", `/api/v1/reports/${reportId}/submit`, { version });
      const number = (submitted.json?.report as { submissionNumber?: number } | undefined)?.submissionNumber;
      record(client, "report.submit", submitted, { reportId, ...(submitted.status === 200 && number ? { submissionNumber: number } : {}) });
    }
  };

  const think = () => sleep(options.thinkMs > 0 ? randomInt(options.thinkMs * 2 + 1) : 0);

  const editor = async (user: SoakEditor) => {
    const client = new Client(options.port, user.id, countRetry);
    const organization = world.organizations[user.organization]!;
    if (!(await signIn(client, user.email))) return;
    record(client, "me", await client.send("GET", "/api/v1/me"));
    while (performance.now() < end) {
      const op = weighted({ progress: 22, edit: 13, roundProgress: 15, roundEdit: 15, report: 27, me: 5, login: 3 });
      if (op === "progress") {
        const taskId = pick(world.progressTaskIds(user));
        const base = await readTask(client, taskId);
        if (base) await logProgress(client, "task.progress", taskId, base.version);
      } else if (op === "edit") {
        const taskId = world.editTaskId(user);
        const base = await readTask(client, taskId);
        if (base) await editTask(client, "task.edit", taskId, base);
      } else if (op === "roundProgress") await conflictRound(client, "round.progress", organization.contendedProgressTaskId);
      else if (op === "roundEdit") await conflictRound(client, "round.edit", organization.contendedEditTaskId);
      else if (op === "report") await workOnReport(client, organization);
      else if (op === "me") record(client, "me", await client.send("GET", "/api/v1/me"));
      else await signIn(client, user.email);
      await think();
    }
    client.agent.destroy();
  };

  const reviewer = async (user: { id: string; email: string }) => {
    const client = new Client(options.port, user.id, countRetry);
    if (!(await signIn(client, user.email))) return;
    while (performance.now() < end) {
      const list = record(client, "review.list", await client.send("GET", "/api/v1/reports?status=SUBMITTED"));
      const submitted = ((list.json?.reports as { id: string }[] | undefined) ?? []).filter((r) => r.id.startsWith("soak-report-"));
      if (!submitted.length) {
        await sleep(150 + randomInt(150));
        continue;
      }
      // Among the oldest few, so reviewers often race on the same report.
      const reportId = pick(submitted.slice(0, 2)).id;
      const detail = record(client, "report.read", await client.send("GET", `/api/v1/reports/${reportId}`), { reportId });
      const report = detail.json?.report as { status: string; version: number; submissionNumber: number } | undefined;
      if (detail.status === 200 && report?.status === "SUBMITTED") {
        const decision = Math.random() < 0.35 ? "accept" : "return";
        const comment = marker(client.userId);
        const taskId = world.organizations.find((o) => o.reportIds.includes(reportId))!.reportTaskId;
        const reasons =
          decision === "return"
            ? [
                { section: "limitations", reason: comment },
                { taskId, reason: comment },
              ]
            : [];
        record(
          client,
          "report.review",
          await client.send("POST", `/api/v1/reports/${reportId}/review`, { decision, comment, reasons, version: report.version }),
          {
            reportId,
            marker: comment,
            decision,
            submissionNumber: report.submissionNumber,
          },
        );
      }
      await think();
    }
    client.agent.destroy();
  };

  let lastLog = started;
  const progress = setInterval(() => {
    const now = performance.now();
    if (now - lastLog < 9_500) return;
    lastLog = now;
    const errors = ops.filter((o) => o.status === 0 || o.status >= 500).length;
    options.log(`  ${((now - started) / 1000).toFixed(0)} s: ${ops.length} requests, ${errors} errors`);
  }, 1000);
  try {
    await Promise.all([...world.editors.map(editor), ...world.reviewers.map(reviewer)]);
  } finally {
    clearInterval(progress);
  }
  return { ops, rounds: rounds.count, seconds: (performance.now() - started) / 1000, resetRetries };
}
