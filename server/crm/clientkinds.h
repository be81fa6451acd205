#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace erp::meta {
class Model;
struct ObjectKind;
} // namespace erp::meta

namespace erp::crm {

// The catalog that is "the client as a whole" (1C's partner); its legal entities are the
// catalogs that refer to it and are declared "timeline" (counterparties).
inline const QString PartnerKind = QStringLiteral("partners");

// A document kind in a partner's history, found from the metadata alone: its reference to the
// partner (`column`), or, when it has none, its reference to a "timeline" catalog that refers
// to the partner (purchase documents through their counterparty: `through`, whose
// `throughColumn` is the partner). `stageTransitions`: when its workflow is a process (no
// posted state) and keeps history, the transitions that move it between stages (every one but
// the deletion mark's), each a history entry of its own.
struct HistoryKind
{
    const erp::meta::ObjectKind *kind = nullptr;
    QString column;
    const erp::meta::ObjectKind *through = nullptr;
    QString throughColumn;
    QStringList stageTransitions;
};

QList<HistoryKind> historyKinds(const erp::meta::Model &model);

// The ids of the objects of `catalog` whose `column` is the partner (every one, marked too).
QList<qint64> objectsOf(QSqlDatabase &db, const erp::meta::ObjectKind &catalog, const QString &column, qint64 partner);

} // namespace erp::crm
