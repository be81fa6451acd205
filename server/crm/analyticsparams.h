#pragma once

#include "core/access.h"
#include "core/reports.h"
#include "decimal.h"

#include <QCborValue>
#include <QDateTime>
#include <QVariantList>

namespace erp::rpc {
struct CallContext;
}

// What the CRM analytics reports (sales_funnel, deal_analysis, managers, marketing) share: the
// period they take, the references they filter on, percentages computed exactly.
namespace erp::crm::analytics {

struct Period
{
    QDateTime from;
    QDateTime to;
};

// params.from / params.to (the whole history when missing); a period ending before it begins
// is refused naming `to`.
Period periodOf(const QCborMap &params);
// Whether the period is of whole months (UTC), as summaries kept by month answer it.
bool wholeMonths(const Period &p);
// A UTC moment as Firebird's TIMESTAMP without a zone takes it.
QVariant stamp(const QDateTime &utc);
QList<erp::core::ReportParameter> periodParameters();

// An integer parameter naming an object of `catalog`.
erp::core::ReportParameter refParameter(const QString &name, const char *title, const QString &catalog);

// " AND <alias>.<PARAM> = ?" for each parameter given (checked: it must name an object of its
// kind the user may see, else refused naming it).
struct RefFilter
{
    QString param;
    QString kind;
};
QString refFilters(erp::rpc::CallContext &ctx, const QCborMap &params, const QList<RefFilter> &filters,
                   const QString &alias, QVariantList *binds);

// " AND (<row rule>)" or nothing.
QString andVisible(const erp::core::RowFilter &filter, QVariantList *binds);

// part / whole × 100 with two decimals rounded half away from zero; null when whole is zero.
QCborValue percent(qint64 part, qint64 whole);
QCborValue percent(const erp::Decimal &part, const erp::Decimal &whole);

// A sum Firebird answered as text (CAST(SUM(...) AS VARCHAR(40))); zero for NULL.
erp::Decimal sumOf(const QVariant &text, const QString &field);
QString moneyText(const erp::Decimal &amount, const QString &field);

// A reference column of a row: the id, or null.
QCborValue refValue(const QVariant &id);

} // namespace erp::crm::analytics
