import type { Metadata } from "next";
import { api } from "@/composition/rsc-caller";
import { load } from "@/server/api/load";
import { Refused } from "@/components/auth/Refused";
import { AgentLabels } from "@/components/ai-models/AgentLabels";
import { AiModelsView } from "@/components/ai-models/AiModelsView";
import { LoadFailed } from "@/components/ui/ErrorState";
import { PageHeader } from "@/components/ui/PageHeader";
import { can } from "@/lib/auth/roles";
import { requirePermission } from "@/server/auth/page-guard";
import { installedEncoderFiles } from "@/server/ai/encoder/encoder-files";

export const metadata: Metadata = { title: "AI models" };

export default async function AiModelsPage() {
  const { user, refused } = await requirePermission("history.read");
  if (refused) return <Refused title="AI models" message={refused} />;
  const models = await load(() => api.aiModels.list());
  const agentLabels = await load(() => api.aiModels.agentLabels());
  return (
    <>
      <PageHeader
        title="AI models"
        crumbs={[{ href: "/settings", label: "Settings" }]}
        description="The local intent model learns your categories from your labelled history, on this machine. Each training is a version; flows, traces and backtests name the version that classified a ticket."
      />
      {models.ok ? <AiModelsView initial={models.data} canTrain={can(user.role, "ai.train")} encoderInstalled={installedEncoderFiles() !== null} /> : <LoadFailed what="the models" error={models.error} />}
      {agentLabels.ok ? <AgentLabels rows={agentLabels.data} /> : <LoadFailed what="the agents' labels" error={agentLabels.error} />}
    </>
  );
}
