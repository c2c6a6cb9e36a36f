// A second app instance for tests/integration/workshop-two-instances.test.ts: a separate Node
// process with its own connection pool that posts one issue card through the real mutation,
// exactly as the other server behind the load balancer would. Run with --conditions=react-server
// so that `import "server-only"` resolves as it does inside Next.
import { disconnectDatabase } from "../../lib/db";
import { postIssueCard } from "../../lib/workshops/mutations/participate";

const [sessionId, participantId, text] = process.argv.slice(2) as [string, string, string];
const result = await postIssueCard({ id: participantId, sessionId, nickname: "B", userId: null }, { text, clientKey: `instance-b-${Date.now()}` });
// Both processes read the same clock, so instance A can time commit → delivery.
const committedAt = Date.now();
await disconnectDatabase();
process.stdout.write(JSON.stringify({ result, committedAt }));
