#include "listmodel.h"

#include "connection.h"
#include "core/clientsession.h"
#include "form/valuetext.h"

#include <QApplication>
#include <QCborArray>
#include <QDate>
#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QPalette>
#include <QStyle>

namespace erp::app {

using erp::client::Reply;

ListModel::ListModel(ClientSession *session, const KindInfo &kind, const QStringList &columns, QObject *parent)
    : QAbstractTableModel(parent), m_session(session), m_kind(kind)
{
    if (kind.isDocument) {
        m_sortField = QStringLiteral("date");
        m_descending = true;
    }
    for (const QString &name : columns)
        if (const FieldInfo *f = kind.field(name))
            m_columns.append(*f);
    if (m_columns.isEmpty()) {
        // The first two system fields: code and name, or number and date.
        m_columns = kind.fields.mid(0, 2);
    }
}

void ListModel::setSort(const QString &field, bool descending)
{
    m_sortField = field;
    m_descending = descending;
    reload();
}

void ListModel::setParentGroup(std::optional<qint64> parent)
{
    m_parent = parent;
    reload();
}

void ListModel::setShowDeleted(bool show)
{
    m_showDeleted = show;
    reload();
}

void ListModel::setFilters(const QCborArray &filters)
{
    m_filters = filters;
    reload();
}

void ListModel::setSearchText(const QString &text)
{
    m_search = text.simplified();
    reload();
}

QCborArray ListModel::effectiveFilters() const
{
    QCborArray filters;
    for (const QCborValue &f : m_filters) {
        QCborMap condition = f.toMap();
        condition.remove(QStringLiteral("display")); // the filter bar's, not the server's
        filters.append(condition);
    }
    if (m_kind.isDocument && !m_search.isEmpty()) {
        QCborMap number;
        number.insert(QStringLiteral("field"), QStringLiteral("number"));
        number.insert(QStringLiteral("op"), QStringLiteral("contains"));
        number.insert(QStringLiteral("value"), m_search);
        filters.append(number);
    }
    return filters;
}

QCborMap ListModel::listParams() const
{
    QCborMap p;
    p.insert(QStringLiteral("kind"), m_kind.name);
    p.insert(QStringLiteral("includeDeleted"), m_showDeleted);
    const QCborArray filters = effectiveFilters();
    if (!filters.isEmpty())
        p.insert(QStringLiteral("filters"), filters);
    p.insert(QStringLiteral("sort"), m_sortField);
    p.insert(QStringLiteral("descending"), m_descending);
    if (m_parent)
        p.insert(QStringLiteral("parent"), *m_parent == 0 ? QCborValue(QCborValue::Null) : QCborValue(*m_parent));
    return p;
}

QString ListModel::listMethod() const
{
    return m_kind.isDocument ? QStringLiteral("document.list") : QStringLiteral("catalog.list");
}

QCborMap ListModel::baseParams() const
{
    if (showsSearchResults()) {
        QCborMap p;
        p.insert(QStringLiteral("kind"), m_kind.name);
        p.insert(QStringLiteral("includeDeleted"), m_showDeleted);
        const QCborArray filters = effectiveFilters();
        if (!filters.isEmpty())
            p.insert(QStringLiteral("filters"), filters);
        p.insert(QStringLiteral("text"), m_search);
        p.insert(QStringLiteral("limit"), PageSize);
        return p;
    }
    QCborMap p = listParams();
    p.insert(QStringLiteral("limit"), PageSize);
    return p;
}

// The keyset cursor of a row; an inclusive cursor starts at the row itself.
QCborMap ListModel::cursorOf(const QCborMap &row, bool inclusive) const
{
    QCborMap c;
    c.insert(QStringLiteral("value"), row.value(m_sortField));
    c.insert(QStringLiteral("id"), row.value(QStringLiteral("id")));
    if (inclusive)
        c.insert(QStringLiteral("inclusive"), true);
    return c;
}

void ListModel::reload()
{
    request(baseParams(), Direction::Below, true);
}

void ListModel::jumpToEnd()
{
    if (showsSearchResults())
        return;
    QCborMap p = baseParams();
    p.insert(QStringLiteral("descending"), !m_descending);
    request(p, Direction::Above, true);
}

void ListModel::refresh()
{
    if (m_rows.isEmpty() || showsSearchResults()) {
        reload();
        return;
    }
    QCborMap p = baseParams();
    // A window at the top of the list re-reads from the top, so that rows now sorted before its
    // first one (another user's new document, newest first) appear too.
    if (m_moreAbove)
        p.insert(QStringLiteral("after"), cursorOf(m_rows.first(), true));
    p.insert(QStringLiteral("limit"), qMin(qMax<qsizetype>(m_rows.size(), PageSize), 1000));
    request(p, Direction::Below, true, m_moreAbove);
}

void ListModel::fetchAbove()
{
    if (!canFetchAbove() || m_rows.isEmpty())
        return;
    QCborMap p = baseParams();
    p.insert(QStringLiteral("descending"), !m_descending);
    p.insert(QStringLiteral("after"), cursorOf(m_rows.first(), false));
    request(p, Direction::Above, false);
}

bool ListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_moreBelow && !m_busy && !showsSearchResults();
}

void ListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_rows.isEmpty())
        return;
    QCborMap p = baseParams();
    p.insert(QStringLiteral("after"), cursorOf(m_rows.last(), false));
    request(p, Direction::Below, false);
}

void ListModel::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void ListModel::request(QCborMap params, Direction direction, bool replace, bool keepMoreAbove)
{
    if (replace)
        ++m_generation;
    const int generation = m_generation;
    setBusy(true);
    const QString method = m_kind.isDocument      ? QStringLiteral("document.list")
                           : showsSearchResults() ? QStringLiteral("catalog.search")
                                                  : QStringLiteral("catalog.list");
    // A new window asks for the count and the money totals of everything the list selects.
    const bool withTotals = replace && !showsSearchResults();
    if (withTotals) {
        QCborArray sums;
        for (const FieldInfo &f : std::as_const(m_columns))
            if (f.type == QLatin1String("money"))
                sums.append(f.name);
        params.insert(QStringLiteral("totals"), sums);
    }
    m_session->call(method, params, this, [this, generation, direction, replace, keepMoreAbove](const Reply &r) {
        if (generation != m_generation)
            return; // an answer for a list that has been reloaded since
        setBusy(false);
        if (!r.ok) {
            Q_EMIT loadFailed(r.error.message);
            return;
        }
        const QCborMap result = r.result.toMap();
        QList<QCborMap> rows;
        for (const QCborValue &v : result.value(QStringLiteral("rows")).toArray())
            rows.append(v.toMap());
        if (direction == Direction::Above)
            std::reverse(rows.begin(), rows.end());
        const bool more = result.value(QStringLiteral("more")).toBool();
        if (replace) {
            if (result.contains(QStringLiteral("count"))) {
                m_count = result.value(QStringLiteral("count")).toInteger();
                m_totals = result.value(QStringLiteral("totals")).toMap();
            } else {
                m_count = more ? std::nullopt : std::optional<qint64>(rows.size());
                m_totals = QCborMap();
            }
            beginResetModel();
            m_rows = rows;
            m_moreBelow = direction == Direction::Below && more;
            m_moreAbove = (direction == Direction::Above && more) || keepMoreAbove;
            endResetModel();
            Q_EMIT reset();
            Q_EMIT totalsChanged();
            return;
        }
        if (rows.isEmpty()) {
            (direction == Direction::Below ? m_moreBelow : m_moreAbove) = false;
            return;
        }
        if (direction == Direction::Below) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
            m_rows.append(rows);
            m_moreBelow = more;
            endInsertRows();
            if (m_rows.size() > MaxRows) {
                const int n = int(m_rows.size()) - MaxRows + PageSize;
                beginRemoveRows({}, 0, n - 1);
                m_rows.remove(0, n);
                m_moreAbove = true;
                endRemoveRows();
            }
        } else {
            beginInsertRows({}, 0, int(rows.size() - 1));
            m_rows = rows + m_rows;
            m_moreAbove = more;
            endInsertRows();
            Q_EMIT rowsPrepended(int(rows.size()));
            if (m_rows.size() > MaxRows) {
                const int n = int(m_rows.size()) - MaxRows + PageSize;
                beginRemoveRows({}, int(m_rows.size()) - n, int(m_rows.size()) - 1);
                m_rows.remove(m_rows.size() - n, n);
                m_moreBelow = true;
                endRemoveRows();
            }
        }
    });
}

qint64 ListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].value(QStringLiteral("id")).toInteger() : 0;
}

QCborMap ListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row] : QCborMap();
}

int ListModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].value(QStringLiteral("id")).toInteger() == id)
            return i;
    return -1;
}

int ListModel::columnOf(const QString &field) const
{
    for (int i = 0; i < m_columns.size(); ++i)
        if (m_columns[i].name == field)
            return i;
    return -1;
}

int ListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString ListModel::displayText(const FieldInfo &field, const QCborMap &row) const
{
    return displayValue(field, row.value(field.name),
                        row.value(QStringLiteral("display")).toMap().value(field.name).toString(), m_session);
}

QVariant ListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QCborMap &row = m_rows[index.row()];
    const FieldInfo &field = m_columns[index.column()];
    const bool deleted = row.value(QStringLiteral("deleted")).toBool();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return displayText(field, row);
    case Qt::FontRole:
        if (deleted) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (deleted)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::DecorationRole:
        if (index.column() == 0 && row.value(QStringLiteral("is_group")).toBool())
            return QApplication::style()->standardIcon(QStyle::SP_DirIcon);
        if (index.column() == 0 && m_kind.workflow.isPosted(row.value(QStringLiteral("status")).toString()))
            return QApplication::style()->standardIcon(QStyle::SP_DialogApplyButton);
        return {};
    case Qt::TextAlignmentRole:
        if (field.isNumeric() || field.type == QLatin1String("integer"))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (field.type == QLatin1String("boolean"))
            return int(Qt::AlignCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case IdRole:
        return row.value(QStringLiteral("id")).toInteger();
    case IsGroupRole:
        return row.value(QStringLiteral("is_group")).toBool();
    default:
        return {};
    }
}

QVariant ListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < m_columns.size())
        return m_columns[section].title;
    return QAbstractTableModel::headerData(section, orientation, role);
}

void ListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns.size())
        return;
    const QString field = m_columns[column].name;
    const bool descending = order == Qt::DescendingOrder;
    if (field == m_sortField && descending == m_descending && !m_rows.isEmpty())
        return;
    setSort(field, descending);
}

} // namespace erp::app
