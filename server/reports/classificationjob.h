#pragma once

#include <QDate>
#include <QString>

class QSqlDatabase;

namespace erp::core {
class AreaRegistry;
}
namespace erp::meta {
class Model;
}

// The classification kept per month: every night the job stores the ABC/XYZ class (by revenue
// over the twelve months ending with the last closed month, default thresholds) of every client
// and product, and the RFM scores of every client, once per month. A client's card shows its
// history (reports.partnerClasses) and segments select by it (criteria abc_class, rfm_score).
namespace erp::reports {

bool ensureClassTables(QSqlDatabase &db, QString *error);

// Stores the classification of the twelve months ending with the month of periodEnd (its last
// day), replacing what that month had. Returns the rows stored.
int storeClassification(QSqlDatabase &db, const erp::meta::Model &model, const QDate &periodEnd);

void addClassification(erp::core::AreaRegistry &areas);

} // namespace erp::reports
