#pragma once

#include <QCborMap>
#include <QString>

class QSqlDatabase;

namespace erp::meta {
class Model;
}
namespace erp::core {
struct UserInfo;
}

namespace erp::sales {

// "Create based on": the header values and lines of a new document filled from an existing
// one (an order gives its shipment and invoice, a shipment its invoice, an invoice its
// payment), with only what is still open. Nothing is saved; the caller creates the document.
QCborMap basedOn(QSqlDatabase &db, const erp::meta::Model &model, const erp::core::UserInfo &user,
                 const QString &targetKind, const QString &sourceKind, qint64 sourceId);

// Documents that refer to this one and that this one refers to: the chain, both ways.
QCborMap related(QSqlDatabase &db, const erp::meta::Model &model, const QString &kind, qint64 id);

} // namespace erp::sales
