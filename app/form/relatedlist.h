#pragma once

#include "core/kindinfo.h"

#include <QCborArray>
#include <QCborMap>
#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QStackedWidget;
class QTableView;
class QTimer;

namespace erp::app {

class ClientSession;
class ListModel;

// A "related" group of a form layout: lists of other kinds whose reference field points at the
// object of the form (a partner's counterparties, contact persons, documents), each filtered by
// it, with a kind chooser when there are several. Enter or a double-click opens a row; Create
// (Insert) starts a new object of the chosen kind that refers to this one and takes the
// layout's "fill" fields from it (openRequested, createRequested).
class RelatedList : public QWidget
{
    Q_OBJECT

public:
    // entries: [{kind, field, fill?: {their field: our field}}] as meta.form sends them;
    // ownerValues() gives the form's current values, for "fill".
    RelatedList(ClientSession *session, const QCborArray &entries, std::function<QCborMap()> ownerValues,
                QWidget *parent = nullptr);

    // The object the lists belong to; 0 (not saved yet) lists nothing.
    void setOwner(qint64 id);
    // The kind shown now and its model (null until its description has arrived).
    QString currentKind() const;
    ListModel *model(const QString &kind) const;
    QTableView *view(const QString &kind) const;
    void showKind(const QString &kind);
    QAction *createAction() const { return m_create; }

Q_SIGNALS:
    void openRequested(const QString &kind, qint64 id);
    void createRequested(const QString &kind, const QCborMap &initial);

private:
    struct Entry
    {
        QString kind;
        QString field;
        QCborMap fill;
        ListModel *model = nullptr;
        QTableView *view = nullptr;
        int page = -1;
    };
    void build(Entry &entry, const KindInfo &info, const QStringList &columns);
    void applyOwner(Entry &entry);
    Entry *current();
    const Entry *entry(const QString &kind) const;
    void create();
    bool eventFilter(QObject *watched, QEvent *event) override;

    ClientSession *m_session;
    std::function<QCborMap()> m_ownerValues;
    QList<Entry> m_entries;
    qint64 m_owner = 0;
    QComboBox *m_kinds = nullptr;
    QStackedWidget *m_stack;
    QLabel *m_hint;
    QAction *m_create;
    QTimer *m_refreshTimer;
};

} // namespace erp::app
