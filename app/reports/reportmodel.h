#pragma once

#include "core/kindinfo.h"

#include <QAbstractTableModel>
#include <QCborArray>
#include <QCborMap>
#include <QList>

namespace erp::app {

class ClientSession;

// The rows of a report.run answer as a table: one column per declared column, values as the
// lists show them (numbers right-aligned in the session's language, references by name), the
// totals as a last row in bold.
class ReportModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ReportModel(ClientSession *session, QObject *parent = nullptr);

    void setAnswer(const QCborArray &columns, const QCborArray &rows, const QCborMap &totals);
    const QList<FieldInfo> &columns() const { return m_columns; }
    qsizetype dataRows() const { return m_rows.size(); }
    bool hasTotals() const { return !m_totals.isEmpty(); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString text(const FieldInfo &column, const QCborMap &row) const;

    ClientSession *m_session;
    QList<FieldInfo> m_columns;
    QList<QCborMap> m_rows;
    QCborMap m_totals;
};

} // namespace erp::app
