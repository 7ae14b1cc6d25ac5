// The access sweep: every API operation (from the OpenAPI document) and every page and route handler (from the
// app/ route tree) is tried by people who must not reach Huế's plan, task, report and attachment: a Hà Nội
// viewer, a Hà Nội editor, a ministry editor, a Hà Nội editor's bearer token and an anonymous caller; by the
// resource's URL and by guessed ids. Zero successes allowed: 401, 403 or 404 (or a redirect to sign-in),
// never a 2xx carrying Huế's data. A route that is neither swept nor on PUBLIC_ROUTES below fails the test, so a
// new route cannot escape it. Server actions (POSTs to pages) are covered by the service-level permission
// matrix, tests/integration/permission-matrix.test.ts (see docs/security.md).
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { TASK_COLUMNS } from "../../lib/domain/spreadsheet-columns";
import { expect, test, type APIRequestContext, type APIResponse, type Page, type PlaywrightWorkerArgs } from "@playwright/test";
import { ACCOUNTS, apiSignIn, createAccount, signIn, signInWithoutUi } from "./fixtures";

// Routes anyone may use, and why they need no sweep. Keep each entry commented.
const PUBLIC_ROUTES: Record<string, string> = {
  "/": "home page: public strategy facts; signed-in users see links to their own pages",
  "/signin": "the sign-in form",
  "/strategy": "public reference: the Strategy's objectives and tasks",
  "/indicators": "public reference: indicator list",
  "/indicators/[code]": "public reference: one indicator's national series and targets",
  "/organizations": "public directory of ministries and provinces",
  "/api/health": "health check for load balancers: status only, no data",
  "/api/auth/[...nextauth]": "next-auth's sign-in/sign-out endpoints (credentials are checked, lockout applies)",
  "GET /api/v1/openapi.json": "the API description",
  "/feeds/[token]":
    "calendar subscription: the secret in the URL is the credential (unknown or revoked → 404, tests/integration/calendar-feeds.test.ts)",
  "POST /api/v1/auth/login": "password sign-in (lockout after 5 failures, tests/e2e/auth-and-access.spec.ts)",
};

// Pages and downloads organization staff may open without an id: they show the caller's own organization only
// (checked below: no Huế id or title in them, nor the extra markers named here). Every other page without an
// id must refuse organization staff.
const STAFF_ROUTES: Record<string, { editorOnly?: boolean; markers?: string[] }> = {
  "/workspace": {},
  "/plans": {},
  "/plans/new": { editorOnly: true },
  "/plans/template": { editorOnly: true },
  // The activities register: staff see the activities their organization leads or co-organizes.
  "/activities": {},
  "/activities/new": { editorOnly: true },
  // The Excel round-trip: an empty template, and an import led by the caller's own organization.
  "/activities/import": { editorOnly: true },
  "/activities/template": { editorOnly: true },
  "/reports": {},
  // Who reported on time: staff see their own organization's row only.
  "/compliance": { markers: ["Huế"] },
  "/compliance/export.xlsx": { markers: ["Huế"] },
  "/notifications": {},
  "/account": {},
  "/account/password": {},
  // UNESCO nominations are the country's files, read by every signed-in role (writes stay with the lead and MOFA).
  "/unesco": {},
  "/unesco/new": { editorOnly: true },
  // The world map counts only the activities the caller may read.
  "/map": {},
  // Upcoming activities the caller may read, and the caller's own calendar subscriptions.
  "/timeline": {},
  // The header's per-person part: the caller's own name and unread count.
  "/api/header": {},
};

// Resources with an id that every signed-in role reads by design (the caller must still be signed in); their
// writes are swept like any other.
const SHARED_READ_ROUTES: Record<string, string> = {
  "GET /unesco-dossiers/{id}": "a UNESCO nomination file",
  "/unesco/[id]": "a UNESCO nomination file's page",
  "/unesco/[id]/documents/[documentId]": "a UNESCO nomination file's document",
};

type Ids = {
  plan: string;
  task: string;
  report: string;
  attachment: string;
  user: string;
  organization: string;
  activity: string;
  evidence: string;
  "unesco-dossier": string;
};
type Caller = { name: string; request: APIRequestContext; isSignedIn: boolean; isViewer?: boolean; isToken?: boolean };
type Probe = {
  caller: Caller;
  method: string;
  url: string;
  body?: unknown;
  expect: "refused" | "not-found" | "no-foreign-data";
  route: string;
  markers?: string[];
};

const ROOT = path.resolve(__dirname, "../..");

// Every page.tsx and route.ts under app/, as "/plans/[id]/edit" (route groups like "(list)" removed).
function appRoutes(dir = path.join(ROOT, "app"), prefix = ""): { pattern: string; kind: "page" | "handler" }[] {
  const found: { pattern: string; kind: "page" | "handler" }[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) {
      found.push(...appRoutes(full, /^\(.*\)$/.test(entry) ? prefix : `${prefix}/${entry}`));
    } else if (entry === "page.tsx" || entry === "route.ts") {
      found.push({ pattern: prefix || "/", kind: entry === "page.tsx" ? "page" : "handler" });
    }
  }
  return found;
}

// A value for each dynamic segment, by the collection it names; an unknown segment fails the sweep.
function fillRoute(pattern: string, ids: Ids, codes: { objective: string }): string {
  return pattern.replace(/\/([^/]+)\/\[(\w+)\]/g, (_whole, collection: string) => {
    const value = {
      plans: ids.plan,
      tasks: ids.task,
      reports: ids.report,
      attachments: ids.attachment,
      users: ids.user,
      organizations: ids.organization,
      unesco: ids["unesco-dossier"],
      objectives: codes.objective,
      activities: ids.activity,
      evidence: ids.evidence,
      // No document is uploaded here (uploads are server actions); the probes of this shared-read download are
      // refusals either way: anonymous, or an id nobody has.
      documents: randomId(),
    }[collection];
    if (!value) throw new Error(`The access sweep does not know how to fill ${pattern}: add its collection to fillRoute`);
    return `/${collection}/${value}`;
  });
}

function randomId(): string {
  return `c${Array.from({ length: 24 }, () => "abcdefghijklmnopqrstuvwxyz0123456789"[Math.floor(Math.random() * 36)]).join("")}`;
}

async function newCaller(
  playwright: PlaywrightWorkerArgs["playwright"],
  baseURL: string,
  name: string,
  email?: string,
  extra: Partial<Caller> & { password?: string } = {},
): Promise<Caller> {
  const request = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: extra.isToken ? { Authorization: `Bearer ${email}` } : {},
  });
  if (email && !extra.isToken) await apiSignIn(request, email, extra.password);
  return { name, request, isSignedIn: Boolean(email), isViewer: extra.isViewer, isToken: extra.isToken };
}

const SWEEP_PASSWORD = "QuetTruyCap2026";

// A Hà Nội viewer of the sweep's own: the demo viewer may be locked out by the lockout test that runs before.
async function createHanoiViewer(page: Page): Promise<string> {
  const email = `xem.quet.${Date.now()}@example.vn`;
  await page.context().clearCookies();
  await signInWithoutUi(page, ACCOUNTS.admin);
  await page.goto("/admin/users/new");
  const temporary = await createAccount(page, {
    name: "Người xem (quét truy cập)",
    email,
    role: "ORG_VIEWER",
    organization: "Thành phố Hà Nội (P01)",
  });
  await page.context().clearCookies();
  await signIn(page, email, temporary);
  await page.getByLabel("Mật khẩu hiện tại").fill(temporary);
  await page.getByLabel("Mật khẩu mới (ít nhất 10 ký tự, có chữ và số)").fill(SWEEP_PASSWORD);
  await page.getByLabel("Nhập lại mật khẩu mới").fill(SWEEP_PASSWORD);
  await page.getByRole("button", { name: "Lưu" }).click();
  await expect(page).toHaveURL(/\/workspace/);
  return email;
}

// The text of an answer, spreadsheets included (their cells), so that leaks are found in downloads too.
async function readableText(response: APIResponse): Promise<string> {
  const status = response.status();
  if (status >= 300 && status < 400) return "";
  if (!(response.headers()["content-type"] ?? "").includes("spreadsheetml")) return response.text();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await response.body()) as unknown as ArrayBuffer);
  const cells: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void cells.push(cell.text))));
  return cells.join("\n");
}

async function send(probe: Probe): Promise<APIResponse> {
  const { request } = probe.caller;
  const options = { maxRedirects: 0, failOnStatusCode: false, ...(probe.body === undefined ? {} : { data: probe.body }) };
  try {
    return await request.fetch(probe.url, { method: probe.method, ...options });
  } catch (error) {
    // A keep-alive connection the server closed just as it was reused says nothing about access: once more.
    if (!/ECONNRESET|socket hang up/.test(String(error))) throw error;
    return request.fetch(probe.url, { method: probe.method, ...options });
  }
}

test("access sweep: no role, token or guessed id reaches another organization's data through any route", async ({
  page,
  playwright,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const started = Date.now();

  // Huế's resources, prepared by Huế's editor: a plan with a task, a report and an attachment.
  const owner = await newCaller(playwright, baseURL!, "Huế editor", ACCOUNTS.hue);
  const me = await (await owner.request.get("/api/v1/me")).json();
  const huePlans = (await (await owner.request.get("/api/v1/plans?limit=200")).json()).plans as {
    id: string;
    title: string;
    taskCount: number;
  }[];
  const plan = huePlans.find((p) => p.taskCount > 0)!;
  expect(plan, "the demo data has a Huế plan with tasks").toBeTruthy();
  const task = (await (await owner.request.get(`/api/v1/plans/${plan.id}/tasks`)).json()).tasks[0];
  const periods = (await (await owner.request.get("/api/v1/reporting-periods")).json()).periods as { id: string }[];
  let report: { id: string; version: number } | undefined;
  for (const period of periods.toReversed()) {
    const opened = await owner.request.post("/api/v1/reports", { data: { periodId: period.id } });
    if (opened.ok()) {
      report = (await opened.json()).report;
      break;
    }
  }
  expect(report, "Huế's editor can open a report").toBeTruthy();
  // An activity Huế leads (no co-organizer), with one piece of evidence.
  const activityAnswer = await owner.request.post("/api/v1/activities", {
    data: {
      titleVi: "Lễ hội Huế tại Pháp (quét truy cập)",
      kind: "FESTIVAL",
      startDate: "2026-06-01",
      endDate: "2026-06-03",
      countryCode: "FR",
      city: "Paris",
      confirmNew: true,
    },
  });
  expect(activityAnswer.status(), "Huế's editor can record an activity").toBe(201);
  const hueActivity = (await activityAnswer.json()) as { id: string };
  const evidenceAnswer = await owner.request.post(`/api/v1/activities/${hueActivity.id}/evidence`, {
    data: { url: "https://example.vn/le-hoi-hue" },
  });
  const hueEvidence = ((await evidenceAnswer.json()) as { evidence: { id: string }[] }).evidence[0]!.id;

  await signInWithoutUi(page, ACCOUNTS.hue);
  await page.goto(`/plans/${plan.id}`);
  await page
    .getByTestId("attachment-upload-form")
    .locator("input[type=file]")
    .setInputFiles({
      name: "bien-ban-hue.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"),
    });
  await page.getByTestId("attachment-upload-form").getByRole("button", { name: "Tải lên" }).click();
  const link = page.locator('a[href^="/attachments/"]').first();
  await expect(link).toBeVisible();
  const attachment = (await link.getAttribute("href"))!.split("/").pop()!;

  // A Hà Nội editor's personal API token, created on the account page.
  await page.context().clearCookies();
  await signInWithoutUi(page, ACCOUNTS.hanoi);
  await page.goto("/account");
  await page.getByLabel("Tên gợi nhớ").fill("Quét truy cập");
  await page.getByRole("button", { name: "Tạo mã" }).click();
  const token = (await page.getByTestId("new-token").textContent())!.trim();

  const dossier = await owner.request.post("/api/v1/unesco-dossiers", {
    data: {
      elementVi: "Hồ sơ của Huế (quét truy cập)",
      programme: "ICH_REPRESENTATIVE",
      stage: "INVENTORIED",
      leadOrganizationId: me.organization.id,
    },
  });
  expect(dossier.status(), "Huế's editor can open a UNESCO dossier").toBe(201);
  const hueDossier = ((await dossier.json()) as { id: string }).id;
  const hue: Ids = {
    plan: plan.id,
    task: task.id,
    report: report!.id,
    attachment,
    user: me.id,
    organization: me.organization.id,
    activity: hueActivity.id,
    evidence: hueEvidence,
    "unesco-dossier": hueDossier,
  };
  const guessed: Ids = {
    plan: randomId(),
    task: randomId(),
    report: randomId(),
    attachment: randomId(),
    user: randomId(),
    organization: randomId(),
    activity: randomId(),
    evidence: randomId(),
    "unesco-dossier": randomId(),
  };
  const strategy = await (await owner.request.get("/api/v1/strategy")).json();
  const codes = { objective: strategy.objectives?.[0]?.code ?? "SO1" };
  // What must never appear in an answer to anyone else: Huế's ids (and the plan's title where it names Huế).
  const markers = [
    hue.plan,
    hue.task,
    hue.report,
    hue.attachment,
    hue.activity,
    hue.evidence,
    "Lễ hội Huế tại Pháp",
    ...(/Huế/.test(plan.title) ? [plan.title] : []),
  ];

  const anonymous = await newCaller(playwright, baseURL!, "anonymous");
  const viewer = await newCaller(playwright, baseURL!, "Hà Nội viewer", await createHanoiViewer(page), {
    isViewer: true,
    password: SWEEP_PASSWORD,
  });
  const editor = await newCaller(playwright, baseURL!, "Hà Nội editor", ACCOUNTS.hanoi);
  const ministry = await newCaller(playwright, baseURL!, "ministry editor", ACCOUNTS.culture);
  const bearer = await newCaller(playwright, baseURL!, "Hà Nội editor's token", token, { isToken: true, isSignedIn: true });
  const intruders = [anonymous, viewer, editor, ministry, bearer];
  const hanoiPlans = (await (await editor.request.get("/api/v1/plans?limit=200")).json()).plans as { id: string; taskCount: number }[];
  const hanoiPlan = hanoiPlans.find((p) => p.taskCount > 0)!;
  const hanoiTask = (await (await editor.request.get(`/api/v1/plans/${hanoiPlan.id}/tasks`)).json()).tasks[0];
  const hanoi: Ids = { ...guessed, plan: hanoiPlan.id, task: hanoiTask.id };

  const before = {
    plan: await (await owner.request.get(`/api/v1/plans/${hue.plan}`)).text(),
    task: await (await owner.request.get(`/api/v1/tasks/${hue.task}`)).text(),
    report: await (await owner.request.get(`/api/v1/reports/${hue.report}`)).text(),
    activity: await (await owner.request.get(`/api/v1/activities/${hue.activity}`)).text(),
  };

  // Bodies valid for each write, so that a refusal is an authorization decision, not a validation error
  // (checked: the owner gets 404, not 400, with a guessed id).
  // A real one-task workbook in the plan template's layout, for the spreadsheet import.
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Nhiệm vụ");
  sheet.addRow(TASK_COLUMNS.map((c) => c.headerVi));
  sheet.addRow(
    TASK_COLUMNS.map((c) => ({ code: "X.2", titleVi: "Nhiệm vụ nhập trái phép", taskGroupCode: "TG1" })[c.key as string] ?? null),
  );
  const spreadsheet = Buffer.from(await workbook.xlsx.writeBuffer());

  const bodies: Record<string, unknown> = {
    "POST /plans/{id}/import": spreadsheet,
    "PATCH /plans/{id}": { title: "Kế hoạch bị sửa trái phép", periodStart: 2026, periodEnd: 2030, version: 1 },
    "POST /plans/{id}/submit": {},
    "POST /plans/{id}/return": { version: 1, comment: "Trả lại trái phép" },
    "POST /plans/{id}/send": { version: 1, documentNumber: "1/KH-UBND", documentDate: "01/04/2026", signerName: "Mạo danh" },
    "POST /plans/{id}/review": { decision: "record", version: 1 },
    "POST /plans/{id}/tasks": {
      code: "X.1",
      titleVi: "Nhiệm vụ trái phép",
      taskGroupCode: "TG1",
      objectiveCodes: [],
      indicatorCodes: [],
      coordinatorCodes: [],
      startDate: "01/01/2026",
      dueDate: "31/12/2026",
      status: "NOT_STARTED",
      progress: 0,
    },
    "PATCH /tasks/{id}": {
      code: "X.1",
      titleVi: "Nhiệm vụ bị sửa",
      taskGroupCode: "TG1",
      objectiveCodes: [],
      indicatorCodes: [],
      coordinatorCodes: [],
      startDate: "01/01/2026",
      dueDate: "31/12/2026",
      status: "NOT_STARTED",
      progress: 0,
      version: 1,
    },
    "POST /tasks/{id}/updates": { status: "IN_PROGRESS", progress: 10, version: 1 },
    "POST /tasks/{id}/contributions": { note: "Ghi nhận trái phép" },
    "PUT /reports/{id}": { version: 1, sections: { limitations: "Sửa trái phép" } },
    "POST /reports/{id}/submit": { version: 1 },
    "POST /reports/{id}/review": { decision: "accept", version: 1 },
    // Collections: an attempt to act for Huế by naming its organization (the answer must not be Huế's).
    "POST /plans": { organizationId: hue.organization, title: "Kế hoạch mạo danh", periodStart: 2026, periodEnd: 2030 },
    "POST /reports": { organizationId: hue.organization, periodId: periods.at(-1)!.id },
    "POST /reminders/run": {},
    "POST /activities": {
      titleVi: "Hoạt động mạo danh Huế",
      kind: "OTHER",
      startDate: "2026-06-01",
      endDate: "2026-06-01",
      countryCode: "FR",
      confirmNew: true,
    },
    "PATCH /activities/{id}": {
      titleVi: "Hoạt động bị sửa",
      kind: "OTHER",
      startDate: "2026-06-01",
      endDate: "2026-06-01",
      countryCode: "FR",
      version: 1,
    },
    "POST /activities/import": spreadsheet,
    "POST /activities/{id}/join": {},
    "POST /activities/{id}/evidence": { url: "https://example.vn/minh-chung-trai-phep" },
    "POST /unesco-dossiers": {
      elementVi: "Hồ sơ mạo danh",
      programme: "WH_CULTURAL",
      stage: "INVENTORIED",
      leadOrganizationId: hue.organization,
    },
    "PATCH /unesco-dossiers/{id}": {
      elementVi: "Hồ sơ bị sửa",
      programme: "WH_CULTURAL",
      leadOrganizationId: hue.organization,
      version: 1,
    },
    "POST /unesco-dossiers/{id}/stage": { stage: "NATIONAL_LIST", occurredOn: "2026-01-05", version: 1 },
  };

  const document = await (await anonymous.request.get("/api/v1/openapi.json")).json();
  const probes: Probe[] = [];
  const swept = new Set<string>();
  for (const [apiPath, operations] of Object.entries(document.paths as Record<string, Record<string, unknown>>)) {
    for (const method of Object.keys(operations).map((m) => m.toUpperCase())) {
      const key = `${method} ${apiPath}`;
      if (PUBLIC_ROUTES[`${method} /api/v1${apiPath}`]) continue;
      swept.add(`${method} /api/v1${apiPath}`);
      const body = method === "GET" ? undefined : bodies[key];
      if (method !== "GET" && body === undefined) throw new Error(`The access sweep needs a request body for ${key}`);
      const collection = apiPath.split("/")[1]!;
      const idKey = collection === "activities" ? "activity" : collection.replace(/s$/, "");
      const at = (ids: Ids) => `/api/v1${apiPath.replace("{id}", (ids as Record<string, string>)[idKey]!)}`;
      if (SHARED_READ_ROUTES[key]) {
        probes.push({ caller: anonymous, method, url: at(hue), body, expect: "refused", route: key });
        for (const caller of [editor, bearer]) probes.push({ caller, method, url: at(guessed), body, expect: "refused", route: key });
      } else if (apiPath.includes("{id}")) {
        // Any organization's editor may join an activity it knows the id of (ids reach it only through the
        // likely-duplicate proposal; the join is audited): only those who may not join are swept there.
        const mayJoin = (caller: Caller) => key === "POST /activities/{id}/join" && caller.isSignedIn && !caller.isViewer;
        for (const caller of intruders)
          if (!mayJoin(caller)) probes.push({ caller, method, url: at(hue), body, expect: "refused", route: key });
        for (const caller of [editor, bearer]) probes.push({ caller, method, url: at(guessed), body, expect: "refused", route: key });
        probes.push({ caller: owner, method, url: at(guessed), body, expect: "not-found", route: key });
        if (method !== "GET" && /^\/(plans|tasks)\//.test(apiPath)) {
          probes.push({ caller: viewer, method, url: at(hanoi), body, expect: "refused", route: `${key} (viewer, own organization)` });
        }
      } else {
        for (const caller of intruders) {
          // Editors may create plans in their own organization: that the plan lands there whatever the body
          // names is proved without leaving plans behind by tests/integration/permission-matrix.test.ts.
          if (["POST /plans", "POST /activities", "POST /activities/import"].includes(key) && caller.isSignedIn && !caller.isViewer)
            continue;
          const foreignOrganization = method === "GET" ? [] : [hue.organization];
          probes.push({
            caller,
            method,
            url: `/api/v1${apiPath}`,
            body,
            expect: "no-foreign-data",
            route: key,
            markers: foreignOrganization,
          });
          if (method === "GET") {
            const query = `organization=${hue.organization}&organizationId=${hue.organization}&plan=${hue.plan}`;
            probes.push({ caller, method, url: `/api/v1${apiPath}?${query}`, expect: "no-foreign-data", route: `${key}?organization=Huế` });
          }
        }
      }
    }
  }

  const apiOperations = new Set(swept);
  const pageRoutes: string[] = [];
  for (const { pattern } of appRoutes()) {
    if (PUBLIC_ROUTES[pattern]) continue;
    if (pattern.startsWith("/api/v1/")) {
      // JSON API handlers are swept through the OpenAPI document; one it does not describe fails here.
      const documented = [...apiOperations, ...Object.keys(PUBLIC_ROUTES)].some(
        (op) => op.split(" ")[1] === pattern.replace(/\[(\w+)\]/g, "{$1}"),
      );
      expect(documented, `${pattern} is neither in the OpenAPI document nor public`).toBe(true);
      continue;
    }
    pageRoutes.push(pattern);
    swept.add(pattern);
    const sessionCallers = [anonymous, viewer, editor, ministry];
    // Objectives are codes of the Strategy, not an organization's resource: their page is for the Steering
    // Committee, so it is swept like the other pages without an id (refused to organization staff).
    if (SHARED_READ_ROUTES[pattern]) {
      probes.push({ caller: anonymous, method: "GET", url: fillRoute(pattern, hue, codes), expect: "refused", route: pattern });
      probes.push({ caller: editor, method: "GET", url: fillRoute(pattern, guessed, codes), expect: "refused", route: pattern });
    } else if (/\[\w+\]/.test(pattern) && !pattern.startsWith("/objectives/")) {
      for (const caller of sessionCallers)
        probes.push({ caller, method: "GET", url: fillRoute(pattern, hue, codes), expect: "refused", route: pattern });
      probes.push({ caller: editor, method: "GET", url: fillRoute(pattern, guessed, codes), expect: "refused", route: pattern });
      if (/\/(edit|new|review)$/.test(pattern) && !/^\/(admin|dashboard)/.test(pattern)) {
        probes.push({
          caller: viewer,
          method: "GET",
          url: fillRoute(pattern, hanoi, codes),
          expect: "refused",
          route: `${pattern} (viewer, own organization)`,
        });
      }
    } else {
      const staff = STAFF_ROUTES[pattern];
      for (const caller of sessionCallers) {
        const mayOpen = caller.isSignedIn && staff && !(staff.editorOnly && caller.isViewer);
        probes.push({
          caller,
          method: "GET",
          url: fillRoute(pattern, hue, codes),
          expect: mayOpen ? "no-foreign-data" : "refused",
          route: pattern,
          markers: staff?.markers,
        });
      }
    }
  }

  const setupSeconds = (Date.now() - started) / 1000;
  const failures: string[] = [];
  const queue = [...probes];
  async function worker() {
    for (let probe = queue.shift(); probe; probe = queue.shift()) {
      const response = await send(probe);
      const status = response.status();
      const text = await readableText(response);
      // A 404 page may echo the requested URL; an id the caller sent is not a leak, anything else is.
      const leaked = [...markers, ...(probe.markers ?? [])].filter((m) => text.includes(m) && !probe.url.includes(m));
      const location = response.headers()["location"] ?? "";
      const describe = `${probe.caller.name}: ${probe.method} ${probe.url} [${probe.route}] → ${status}${location ? ` ${location}` : ""}`;
      if (leaked.length) failures.push(`${describe} leaks ${leaked.join(", ")}`);
      const isRefusal = [401, 403, 404].includes(status) || (status >= 300 && status < 400 && !probe.caller.isToken);
      if (probe.expect === "refused" && !isRefusal) failures.push(`${describe}: expected 401/403/404`);
      if (probe.expect === "not-found" && status !== 404)
        failures.push(`${describe}: expected 404 (is the sweep's request body valid?) ${text.slice(0, 200)}`);
      if (probe.expect === "no-foreign-data" && status >= 500) failures.push(`${describe}: server error`);
    }
  }
  await Promise.all(Array.from({ length: 6 }, worker));

  const after = {
    plan: await (await owner.request.get(`/api/v1/plans/${hue.plan}`)).text(),
    task: await (await owner.request.get(`/api/v1/tasks/${hue.task}`)).text(),
    report: await (await owner.request.get(`/api/v1/reports/${hue.report}`)).text(),
    activity: await (await owner.request.get(`/api/v1/activities/${hue.activity}`)).text(),
  };
  expect(after, "Huế's plan, task, report and activity are unchanged").toEqual(before);
  for (const caller of [owner, ...intruders]) await caller.request.dispose();

  const seconds = ((Date.now() - started) / 1000 - setupSeconds).toFixed(1);
  console.log(
    `access sweep: ${apiOperations.size} API operations and ${pageRoutes.length} pages/handlers swept, ${Object.keys(PUBLIC_ROUTES).length} public; ` +
      `setup ${setupSeconds.toFixed(1)} s, ${probes.length} requests in ${seconds} s`,
  );
  expect(failures).toEqual([]);
});
