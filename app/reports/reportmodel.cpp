#include "reportmodel.h"

#include "form/valuetext.h"

#include <QFont>
#include <QLocale>

namespace erp::app {

namespace {

// A report column as a field the lists know how to show.
FieldInfo fieldOf(const QCborMap &column)
{
    FieldInfo f;
    f.name = column.value(QStringLiteral("name")).toString();
    f.title = column.value(QStringLiteral("title")).toString();
    const QString type = column.value(QStringLiteral("type")).toString();
    f.type = type == QLatin1String("percent") ? QStringLiteral("decimal") : type;
    f.scale = type == QLatin1String("money") || type == QLatin1String("percent") ? 2 : 3;
    f.target = column.value(QStringLiteral("catalog")).toString();
    return f;
}

} // namespace

ReportModel::ReportModel(ClientSession *session, QObject *parent) : QAbstractTableModel(parent), m_session(session) {}

void ReportModel::setAnswer(const QCborArray &columns, const QCborArray &rows, const QCborMap &totals)
{
    beginResetModel();
    m_columns.clear();
    for (const QCborValue &c : columns)
        m_columns.append(fieldOf(c.toMap()));
    m_rows.clear();
    for (const QCborValue &r : rows)
        m_rows.append(r.toMap());
    // Only the totals of the columns shown (an answer's totals may hold more, or none).
    m_totals.clear();
    for (const FieldInfo &c : std::as_const(m_columns))
        if (totals.contains(c.name))
            m_totals.insert(c.name, totals.value(c.name));
    endResetModel();
}

int ReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size() + (m_totals.isEmpty() ? 0 : 1));
}

int ReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString ReportModel::text(const FieldInfo &column, const QCborMap &row) const
{
    const QCborValue value = row.value(column.name);
    if (value.isUndefined() || value.isNull())
        return QString();
    if (column.type == QLatin1String("month")) {
        const qint64 month = value.toInteger();
        return QStringLiteral("%1 %2").arg(QLocale().standaloneMonthName(int(month % 100))).arg(month / 100);
    }
    if (column.isNumeric() && value.isString()) {
        // Decimal text as the server sends it; shown with the digits it has.
        FieldInfo shown = column;
        const QString canonical = value.toString();
        const qsizetype dot = canonical.indexOf(u'.');
        shown.scale = dot < 0 ? 0 : int(canonical.size() - dot - 1);
        return displayValue(shown, value, QString(), m_session);
    }
    return displayValue(column, value, row.value(QStringLiteral("display")).toMap().value(column.name).toString(),
                        m_session);
}

QVariant ReportModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() >= m_columns.size())
        return {};
    const FieldInfo &column = m_columns[index.column()];
    const bool totalsRow = index.row() == m_rows.size();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (totalsRow)
            return index.column() == 0 && !m_totals.contains(column.name) ? tr("Total") : text(column, m_totals);
        return text(column, m_rows[index.row()]);
    case Qt::FontRole:
        if (totalsRow) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column.isNumeric() || column.type == QLatin1String("integer"))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < m_columns.size())
        return m_columns[section].title;
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace erp::app
