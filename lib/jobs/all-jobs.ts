import "server-only";
// Every job definition, imported for its registration: the worker serves the names
// registered when it starts. A new job (a webhook delivery, say) adds its module here.
import "./mail-jobs";
import "./mailing-jobs";
import "@/lib/webhooks/deliver-job";
