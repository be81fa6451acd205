#pragma once

#include <QCborMap>
#include <QHash>
#include <QMainWindow>
#include <QSet>

#include <functional>

class QLabel;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace erp::app {

class ClientSession;
struct ChoiceRequest;
struct KindInfo;
class ListWidget;
class MyTasksView;
class ObjectForm;
class OptionsView;
class ReportView;
class PipelineView;
class ReminderBar;

// Sections on the left (only what the user may open), lists and forms in tabs, the user and
// the server in the status bar. When the server's metadata changes (a functional option, an
// additional attribute) the sections are read again and the tabs follow: those of a kind
// switched off close, a form with unsaved changes stays (marked) so that nothing typed is lost.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ClientSession *session, QWidget *parent = nullptr);

    bool isReady() const { return m_ready; }
    QTreeWidget *navigation() const { return m_navigation; }
    QTabWidget *tabs() const { return m_tabs; }
    ListWidget *openList(const QString &kind);
    ObjectForm *openForm(const QString &kind, qint64 id, const QCborMap &initial = {});
    ListWidget *listTab(const QString &kind) const;
    ObjectForm *formTab(const QString &kind, qint64 id) const;
    // The navigation's commands by name ("pipeline", "myTasks"): opens (or shows) the tab;
    // false when the navigation has no such command for the user.
    bool runCommand(const QString &command);
    PipelineView *pipelineTab() const;
    MyTasksView *myTasksTab() const;
    ReportView *reportTab(const QString &report) const;
    OptionsView *optionsTab() const;
    ReminderBar *reminderBar() const { return m_reminders; }

Q_SIGNALS:
    // The navigation has arrived: the window is usable.
    void ready();
    void listOpened(ListWidget *list);
    // The sections were read again and the tabs followed the changed metadata.
    void metadataFollowed();

private:
    void loadNavigation(std::function<void()> done = {});
    void followMetadata();
    void closeSwitchedOff(const QSet<QString> &off);
    void refreshLists();
    QString kindOfTab(QWidget *tab) const;
    ListWidget *createList(const KindInfo &info, const QStringList &columns, int index);
    void activateItem(QTreeWidgetItem *item);
    void runCommand(const QString &command, const QCborMap &spec);
    QWidget *commandTab(const QString &objectName) const;
    void showTab(QWidget *widget, const QString &title);
    void closeTab(int index);
    void attachBasedOn(ListWidget *list);
    void chooseObject(QWidget *parent, const ChoiceRequest &request, std::function<void(qint64, const QString &)> done);
    void closeEvent(QCloseEvent *event) override;

    ClientSession *m_session;
    QTreeWidget *m_navigation;
    QTabWidget *m_tabs;
    QLabel *m_userLabel;
    QLabel *m_serverLabel;
    ReminderBar *m_reminders;
    QHash<QString, QCborMap> m_commands; // the navigation's commands by name, as the server sent them
    bool m_ready = false;
    int m_navigationGeneration = 0; // an older reading of the sections arriving late is dropped
};

} // namespace erp::app
