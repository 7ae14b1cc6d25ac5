import net from "node:net";
import { StartupError } from "./startup-error";

export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") {
        reject(
          new StartupError(
            `Port ${port} is already in use by another program; stop it, or start the portal on another port, e.g. PORT=${port + 1} npm start.`,
          ),
        );
      } else if (error.code === "EACCES") {
        reject(new StartupError(`Port ${port} needs administrator rights; choose a port above 1024, e.g. PORT=3000 npm start.`));
      } else reject(error);
    });
    server.listen(port, () => server.close(() => resolve()));
  });
}
