#pragma once

#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace erp::meta {
class Model;
}

// The sales funnel's summary, kept by the database in the transaction of every deal change:
// a trigger on the deals' table inserts delta rows into RPT_FUNNEL_M (the change's old figures
// negated, its new ones), one per creation month × manager × deal type × source × event ×
// furthest stage × status, with deals, expected and weighted amount. Insert-only, so
// concurrent changes never meet on a row; RPT_DEAL_FURTHEST keeps each deal's furthest stage
// (its own row: no two deals share it). Built once from the existing deals and their history.
namespace erp::crm {

// The funnel's stages in order (the deal workflow's states without "lost": won is the last).
QStringList funnelStages(const erp::meta::Model &model);

// The furthest stage order of deal alias `deal` (joined to RPT_STAGE_ORDER `order` on its
// status): the highest of its status and every state its history entered, at least 1.
QString furthestStage(const QString &deal, const QString &order);

// Whether the trigger keeps the summary (else it must not be read).
bool summaryKept(QSqlDatabase &db);

// Creates the tables and the trigger where missing (building the summary from the deals), or
// folds what the last run left.
bool ensureFunnelSummary(QSqlDatabase &db, const erp::meta::Model &model, QString *error);

// Folds the delta rows into one row per group (dropping groups whose figures cancel), month by
// month, in the caller's snapshot transaction: rows another transaction adds meanwhile are not
// seen and stay as they are, so the sums stay right. Returns how many rows went.
qint64 compactFunnelSummary(QSqlDatabase &db);

} // namespace erp::crm
