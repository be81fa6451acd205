#pragma once

#include <QList>
#include <QString>
#include <QVariant>

#include <utility>

class QSqlDatabase;

namespace erp::core {

// Data every database starts with (VAT rates, the chart of accounts, a work schedule, a deal
// type) is seeded by its code: a catalog row is inserted only when none has the code, so a
// restart, an upgrade or a row an administrator renamed never doubles it. Returns the new
// row's id, or 0 when a row with the code exists (its lines are then left as they are).
// Throws RpcError when a statement fails.
qint64 seedCatalogRow(QSqlDatabase &db, const QString &table, const QString &code, const QString &name,
                      const QList<std::pair<QString, QVariant>> &more = {});

} // namespace erp::core
