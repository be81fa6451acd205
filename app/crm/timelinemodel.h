#pragma once

#include "core/kindinfo.h"

#include <QAbstractTableModel>
#include <QCborMap>
#include <QCborValue>
#include <QHash>
#include <QList>

namespace erp::app {

class ClientSession;

// A history of one object as an area's method pages it, newest first ({<param>: id, filters,
// after, limit} -> {rows: [{at, kind, id, number, title, summary, state, amount?, currency?,
// manager?, entry}], next}): the first page on setOwner/setFilters, the next one when the
// view reaches the bottom (fetchMore, with the server's cursor), so a partner with 100,000
// entries costs a page at a time.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int PageSize = 100;
    static constexpr int KindRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;
    enum Column { When, Kind, Number, Title, State, Amount, Manager, ColumnCount };

    TimelineModel(ClientSession *session, const QString &method, const QString &param, QObject *parent = nullptr);

    void setOwner(qint64 id);
    qint64 owner() const { return m_owner; }
    // {kinds?, from?, to?, manager?} as the method takes them; empty values are left out.
    void setFilters(const QCborMap &filters);
    void reload();
    // Rows per call (PageSize unless set).
    void setPageSize(int rows) { m_pageSize = rows; }
    int pageSize() const { return m_pageSize; }
    bool isBusy() const { return m_busy; }
    bool hasMore() const { return !m_next.isNull() && !m_next.isUndefined(); }
    QCborMap rowAt(int row) const { return m_rows.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void pageLoaded();
    void loadFailed(const QString &message);

private:
    void request(bool replace);
    void learnKind(const QString &kind);

    ClientSession *m_session;
    QString m_method;
    QString m_param;
    qint64 m_owner = 0;
    QCborMap m_filters;
    QList<QCborMap> m_rows;
    QCborValue m_next;
    bool m_busy = false;
    int m_generation = 0;
    int m_pageSize = PageSize;
    QHash<QString, KindInfo> m_kinds; // titles of kinds and their states, as they arrive
};

} // namespace erp::app
