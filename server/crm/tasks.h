#pragma once

namespace erp::core {
struct RecalcContext;
}

namespace erp::crm {

// On every save of a task: it is for a user (assignee) or for a role (assignee_role), never
// both, and for the user saving it when neither is given; the reminder is not after the due
// moment; the deal and the interaction must be the client's (the client is taken from them
// when the task names none).
void recalculateTask(erp::core::RecalcContext &ctx);

} // namespace erp::crm
