#pragma once

#include "classification.h"
#include "salesseries.h"

#include <QList>
#include <QString>

#include <optional>

// ABC/XYZ and RFM of clients or products over whole months, read from the sales aggregates:
// what the reports abc_xyz and rfm show and what the classification job stores.
namespace erp::reports {

struct ClassifiedSubject
{
    qint64 id = 0;
    QString name;
    QList<std::int64_t> monthly; // the measure per month (cents, or sales counted)
    std::int64_t value = 0;
    char abc = 'C';
    char xyz = 'Z';
    std::optional<double> cv;
};

// measure: revenue, margin or count. Best first (equal values by name).
QList<ClassifiedSubject> classifySubjects(QSqlDatabase &db, const erp::core::UserInfo &user,
                                          const erp::meta::Model &model, bool products, const QString &measure,
                                          const MonthSpan &span, const AbcThresholds &abc, const XyzThresholds &xyz);

struct RfmScore
{
    qint64 id = 0;
    QString name;
    int lastMonth = -1; // index in the span of the last month with a sale
    std::int64_t frequency = 0, monetary = 0;
    int r = 0, f = 0, m = 0;
};

// Clients who bought in the span, by name: recency by the last month with an invoice,
// frequency the invoices, monetary the revenue, each scored 1 to 5 by quintile.
QList<RfmScore> rfmScores(QSqlDatabase &db, const erp::core::UserInfo &user, const erp::meta::Model &model,
                          const MonthSpan &span);

} // namespace erp::reports
