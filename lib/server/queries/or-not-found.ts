import "server-only";
import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/domain/errors";
import { getPlan, getPlanDetail, getTask } from "./plans";
import { getReportDetail } from "./reports";

type Viewer = Parameters<typeof getPlan>[0];

// A page's read of the resource it shows: a missing one, or another organization's (which the queries report as
// not found so that ids cannot be probed), renders the 404 page. Other errors go to the error boundary.
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export const getPlanOrNotFound = (user: Viewer, id: string) => orNotFound(getPlan(user, id));
export const getPlanDetailOrNotFound = (user: Viewer, id: string) => orNotFound(getPlanDetail(user, id));
export const getTaskOrNotFound = (user: Viewer, id: string) => orNotFound(getTask(user, id));
export const getReportDetailOrNotFound = (user: Viewer, id: string) => orNotFound(getReportDetail(user, id));
