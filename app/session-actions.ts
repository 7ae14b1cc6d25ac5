"use server";

import { z } from "zod";
import { runPublicAction } from "@/lib/server/action";
import { signOut } from "@/lib/server/auth";

// The button sends nothing but itself; signing out succeeds by redirecting.
export async function signOutAction(): Promise<void> {
  await runPublicAction(new FormData(), {
    name: "signOut",
    schema: z.object({}),
    async run() {
      await signOut({ redirectTo: "/signin" });
    },
  });
}
