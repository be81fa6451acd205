#pragma once

#include "core/kindinfo.h"

#include <QAbstractTableModel>
#include <QCborArray>
#include <QCborMap>
#include <QList>

#include <optional>

namespace erp::app {

class ClientSession;

// A lazy window over a catalog or document list on the server. Rows arrive a page at a time through
// keyset paging, downwards (fetchMore, called by the view at the bottom) and upwards
// (fetchAbove, at the top after jumpToEnd); the window is trimmed at the far end so that
// memory stays bounded however far the user scrolls. A million rows cost one page.
class ListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int PageSize = 200;
    static constexpr int MaxRows = 3000;
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int IsGroupRole = Qt::UserRole + 2;

    ListModel(ClientSession *session, const KindInfo &kind, const QStringList &columns, QObject *parent = nullptr);

    // Browsing: sorted by a field (catalogs by name, documents newest first), optionally inside
    // one group (hierarchical catalogs).
    void setSort(const QString &field, bool descending);
    QString sortField() const { return m_sortField; }
    bool sortDescending() const { return m_descending; }
    // Groups: nullopt lists every object; a group id (0 = top level) lists that group's children.
    void setParentGroup(std::optional<qint64> parent);
    std::optional<qint64> parentGroup() const { return m_parent; }
    void setShowDeleted(bool show);
    // Conditions [{field, op, value}] that every row must meet (see catalog.list).
    void setFilters(const QCborArray &filters);
    QCborArray filters() const { return m_filters; }
    // Filters before the first reload (no request of its own).
    void setInitialFilters(const QCborArray &filters) { m_filters = filters; }
    // Non-empty text switches catalogs to search results (code, name and searchable fields,
    // accents ignored); documents have no search: their number must contain the text.
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }

    // The catalog.list / document.list parameters of what the list shows, without paging:
    // kind, filters, sort, group, deletion marks (a catalog's search text is not a filter).
    QCborMap listParams() const;
    QString listMethod() const;

    void reload();
    void jumpToEnd();
    // Re-reads the rows the window shows now (after a change pushed by the server); a window at
    // the top of the list re-reads from the top, new rows before its first one included.
    void refresh();
    bool canFetchAbove() const { return m_moreAbove && !m_busy && !showsSearchResults(); }
    // True when the window does not reach the end of the list (Ctrl+End must ask the server).
    bool hasMoreBelow() const { return m_moreBelow; }
    void fetchAbove();
    bool isBusy() const { return m_busy; }

    qint64 idAt(int row) const;
    QCborMap rowAt(int row) const;
    int rowOfId(qint64 id) const;
    const KindInfo &kind() const { return m_kind; }
    const QList<FieldInfo> &columns() const { return m_columns; }
    int columnOf(const QString &field) const;

    // What the list's conditions select on the server, all of it, not only the rows loaded:
    // the row count (nullopt until known) and the sum of every money column (totals of
    // catalog.list/document.list). Search results count what was found.
    std::optional<qint64> totalCount() const { return m_count; }
    QCborMap totals() const { return m_totals; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

Q_SIGNALS:
    void busyChanged(bool busy);
    void loadFailed(const QString &message);
    // Rows were added above the first one: the view keeps its place by scrolling down by n.
    void rowsPrepended(int n);
    void reset();
    void totalsChanged();

private:
    enum class Direction { Below, Above };
    // Search results (catalog.search) come in one piece: no paging, no cursor.
    bool showsSearchResults() const { return !m_search.isEmpty() && !m_kind.isDocument; }
    QCborArray effectiveFilters() const;
    QCborMap baseParams() const;
    QCborMap cursorOf(const QCborMap &row, bool inclusive) const;
    // keepMoreAbove: a replacing refresh of a window that starts further down keeps saying so.
    void request(QCborMap params, Direction direction, bool replace, bool keepMoreAbove = false);
    void setBusy(bool busy);
    QString displayText(const FieldInfo &field, const QCborMap &row) const;

    ClientSession *m_session;
    KindInfo m_kind;
    QList<FieldInfo> m_columns;
    QList<QCborMap> m_rows;
    QString m_sortField = QStringLiteral("name");
    bool m_descending = false;
    std::optional<qint64> m_parent;
    bool m_showDeleted = true;
    QString m_search;
    QCborArray m_filters;
    bool m_moreBelow = false;
    bool m_moreAbove = false;
    bool m_busy = false;
    int m_generation = 0;
    std::optional<qint64> m_count;
    QCborMap m_totals;
};

} // namespace erp::app
