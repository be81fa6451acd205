#include "crmarea.h"

#include "core/areas.h"
#include "followups.h"
#include "interactions.h"
#include "reminders.h"
#include "tasklist.h"
#include "tasks.h"

namespace erp::crm {

void registerInteractions(erp::core::AreaRegistry &areas)
{
    areas.setRecalculation(QStringLiteral("interactions"), recalculateInteraction);
    areas.setRecalculation(QStringLiteral("tasks"), recalculateTask);
    areas.addGuard(QStringLiteral("crm.interactionDone"), interactionDone);
    areas.addMethod(myTasksMethod());
    // Every tick of --scheduler-interval: reminders first, so a task a follow-up raises now
    // is reminded at its own moment, not in the same run.
    areas.addJob({QStringLiteral("crm.reminders"), std::chrono::seconds(0), remindTasks, {}, {QStringLiteral("tasks")}});
    // Rules for deals wait while deals are switched off (raiseFollowUps), those for clients run.
    areas.addJob({QStringLiteral("crm.followUps"), std::chrono::seconds(0), raiseFollowUps, {},
                  {QStringLiteral("tasks"), QStringLiteral("follow_up_rules")}});
}

} // namespace erp::crm
