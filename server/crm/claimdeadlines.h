#pragma once

#include <QDateTime>
#include <QString>

namespace erp::core {
struct RecalcContext;
}

namespace erp::crm {

// The service level of a claim at a moment: resolved (resolved, closed, rejected) by its
// deadline is "met", after it "missed"; an open one is "overdue" past its deadline, "due_soon"
// from its warning moment, else "on_time". Empty when it has no deadline.
QString slaState(const QString &status, const QDateTime &now, const QDateTime &warnAt, const QDateTime &deadline,
                 const QDateTime &resolvedAt);
bool isOpenClaimState(const QString &status);

// The claim's recalculation, on every save (and after every transition, see claimsarea.cpp):
// deadlines in working hours from the registration moment (the document's date) by the claim
// type's service levels and work schedule (the type's, else the schedule "default"); when it
// was responded to (left "new") and resolved; its service level now. Fills the counterparty
// and the warehouse for returned goods from the related documents, and refuses related
// documents of another client.
void recalculateClaim(erp::core::RecalcContext &ctx);

} // namespace erp::crm
