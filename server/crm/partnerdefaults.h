#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace erp::core {
struct RecalcContext;
} // namespace erp::core

namespace erp::crm {

// How the client came, kept on the partner: a CRM document's field -> the partner's field.
// The information source and the marketing event of first contact.
QList<std::pair<QString, QString>> partnerOrigin();

// Each (document field, partner field) the document has and leaves empty takes the value of
// its partner (`partner`), when the partner has one; a value on the document wins.
void fillFromPartner(erp::core::RecalcContext &ctx, const QList<std::pair<QString, QString>> &fields);

} // namespace erp::crm
