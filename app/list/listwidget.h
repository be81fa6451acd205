#pragma once

#include "core/kindinfo.h"

#include <QList>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolBar;
class QAction;

namespace erp::app {

class ClientSession;
class ListModel;
class TransitionActions;

// A catalog or document list: the lazy table, quick search as you type, groups, deletion marks,
// the workflow's transitions and history (documents), and the commands to create and open objects. In choose mode (for
// reference fields) Enter picks a row.
class ListWidget : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Browse, Choose };

    ListWidget(ClientSession *session, const KindInfo &kind, const QStringList &columns, Mode mode,
               QWidget *parent = nullptr);

    ListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    const KindInfo &kind() const { return m_kind; }
    qint64 currentId() const;
    void selectId(qint64 id);

Q_SIGNALS:
    void openRequested(const QString &kind, qint64 id);
    void createRequested(const QString &kind, bool group, qint64 parent);
    void chosen(qint64 id, const QString &name);

private:
    void createActions(QToolBar *toolbar);
    void createGroupActions(QToolBar *toolbar);
    void createWorkflowActions(QToolBar *toolbar);
    void setUpView();
    void activate(int row);
    void toggleDeletionMark();
    void runTransition(const QString &transition);
    void showHistory();
    void updateActions();
    void enterGroup(qint64 id, const QString &name);
    void leaveGroup();
    void updateBreadcrumb();
    void editFilter();
    void showFilter();
    void restoreAfterReset();
    bool eventFilter(QObject *watched, QEvent *event) override;

    ClientSession *m_session;
    KindInfo m_kind;
    Mode m_mode;
    ListModel *m_model;
    QTableView *m_view;
    QLineEdit *m_search;
    QLabel *m_breadcrumb;
    QLabel *m_status;
    QLabel *m_filterBar;
    QTimer *m_searchTimer;
    QTimer *m_refreshTimer;
    QAction *m_upAction = nullptr;
    QAction *m_hierarchyAction = nullptr;
    QAction *m_markAction = nullptr;
    QAction *m_historyAction = nullptr;
    TransitionActions *m_transitions = nullptr;
    QList<std::pair<qint64, QString>> m_groupPath;
    qint64 m_keepId = 0;
    bool m_jumpPending = false;
};

} // namespace erp::app
