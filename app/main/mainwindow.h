#pragma once

#include <QCborMap>
#include <QMainWindow>

class QLabel;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace erp::app {

class ClientSession;
struct ChoiceRequest;
class ListWidget;
class ObjectForm;

// Sections on the left (only what the user may open), lists and forms in tabs, the user and
// the server in the status bar.
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

Q_SIGNALS:
    // The navigation has arrived: the window is usable.
    void ready();
    void listOpened(ListWidget *list);

private:
    void loadNavigation();
    void activateItem(QTreeWidgetItem *item);
    void closeTab(int index);
    void attachBasedOn(ListWidget *list);
    void chooseObject(QWidget *parent, const ChoiceRequest &request, std::function<void(qint64, const QString &)> done);
    void closeEvent(QCloseEvent *event) override;

    ClientSession *m_session;
    QTreeWidget *m_navigation;
    QTabWidget *m_tabs;
    QLabel *m_userLabel;
    QLabel *m_serverLabel;
    bool m_ready = false;
};

} // namespace erp::app
