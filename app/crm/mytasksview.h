#pragma once

#include "core/kindinfo.h"

#include <QCborArray>
#include <QCborMap>
#include <QWidget>

class QCheckBox;
class QLabel;
class QStandardItemModel;
class QTableView;
class QTimer;

namespace erp::app {

class ClientSession;

// The user's tasks (the navigation's command {command: "myTasks", kind, method}): the area's
// method answers them overdue first ({include_done?} -> {rows: [{id, number, subject, due_at,
// overdue, priority, partner, deal}]}); overdue ones are red. Enter or a double-click opens
// the task; a change of a task or a reminder reads the list again.
class MyTasksView : public QWidget
{
    Q_OBJECT

public:
    MyTasksView(ClientSession *session, const QCborMap &spec, QWidget *parent = nullptr);

    QString kindName() const { return m_kindName; }
    QTableView *view() const { return m_view; }
    QStandardItemModel *model() const { return m_model; }
    QCheckBox *includeDone() const { return m_includeDone; }
    // The rows as last answered.
    QCborArray rows() const { return m_rows; }
    bool isLoaded() const { return m_loaded; }
    void refresh();

Q_SIGNALS:
    void loaded();
    void openRequested(const QString &kind, qint64 id);

private:
    void showRows(const QCborArray &rows);
    void openCurrent();

    ClientSession *m_session;
    QString m_kindName;
    QString m_method;
    KindInfo m_kind;
    QCborArray m_rows;
    QStandardItemModel *m_model;
    QTableView *m_view;
    QCheckBox *m_includeDone;
    QLabel *m_status;
    QTimer *m_refreshTimer;
    int m_request = 0;
    bool m_loaded = false;
};

} // namespace erp::app
