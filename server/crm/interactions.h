#pragma once

#include <QCborMap>
#include <QString>

namespace erp::core {
class DataSource;
struct GuardContext;
struct RecalcContext;
} // namespace erp::core

namespace erp::crm {

// The object `document[field]` names (of `kind`: a contact person, a deal, an interaction)
// must belong to the document's partner: else a Validation error naming the field. A document
// without a partner takes the object's (when `fillPartner`).
void requireOfPartner(erp::core::DataSource &data, QCborMap &document, const QString &field, const QString &kind,
                      bool fillPartner = false);

// On every save of an interaction: the contact and the deal must be the partner's; the
// information source, the marketing event and the manager default from the partner (the manager then from the
// user saving it); a participant is a user or a contact, not both.
void recalculateInteraction(erp::core::RecalcContext &ctx);

// "crm.interactionDone": a call or a meeting is done only with its result written down
// (an SMS or an e-mail is its own record).
void interactionDone(erp::core::GuardContext &ctx);

} // namespace erp::crm
