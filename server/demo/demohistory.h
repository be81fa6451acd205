#pragma once

#include <QDate>
#include <QMap>
#include <QString>

class QSqlDatabase;

namespace erp::meta {
class Model;
}
namespace erp::core {
class AreaRegistry;
}

namespace erp::demo {

struct HistorySummary
{
    QMap<QString, qint64> documents; // per kind, posted
    qint64 failed = 0;               // documents the server refused (a defect: none expected)
    QString firstFailure;
};

// The life of a trading company over `days` days up to `today`, entered as a clerk would and
// posted by the real document store, in date order: opening stock, purchases with receipts,
// supplier invoices and payments, price lists that rise each January, sales orders that ship
// (sometimes in parts), are invoiced and paid on time, late or not yet, customer returns, stock
// transfers and inventory counts. Runs on a database fillDemoData filled, inside the caller's
// transaction, one savepoint per document. Deterministic for a given `today`.
bool fillDemoHistory(QSqlDatabase &db, const erp::meta::Model &model, const erp::core::AreaRegistry &areas,
                     const QDate &today, int days, HistorySummary *summary, QString *error);

} // namespace erp::demo
