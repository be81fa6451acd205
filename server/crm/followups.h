#pragma once

namespace erp::core {
struct JobContext;
}

namespace erp::crm {

// The scheduled job "crm.followUps": for every active follow-up rule, a task for each client
// (partners with is_client) or open deal (not won or lost) that has had no done interaction
// for the rule's days. A partner without any counts from its registered_on, else from its
// creation; a deal from its date. Never a second task of the rule for the same partner or
// deal while one is open, nor within the rule's days of the last one raised. The task names
// the rule (follow_up_rule) and goes to the rule's role, else the deal's or partner's
// manager, else the role "manager". At most 200 tasks per rule and run.
void raiseFollowUps(erp::core::JobContext &ctx);

} // namespace erp::crm
