#pragma once

#include <QCborMap>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace erp::app {

class ClientSession;

// The functional options for an administrator: each with its title, what it is about and what
// it governs (when the server says), on or off as a check box. Space or Enter switches the
// current one; the change goes to the server at once (options.set) and a refusal is shown
// under the list, the box set back. The server decides who may switch: the screen asks nobody's
// rights itself.
class OptionsView : public QWidget
{
    Q_OBJECT

public:
    explicit OptionsView(ClientSession *session, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    bool isLoaded() const { return m_loaded; }
    bool isSwitching() const { return !m_switching.isEmpty(); }
    QString messageText() const;
    QTreeWidgetItem *item(const QString &option) const;
    // Reads the options again (another administrator may have switched one).
    void reload();

Q_SIGNALS:
    void loaded();
    void switched(const QString &option, bool enabled);
    void switchFailed(const QString &option, const QString &message);

private:
    void fill(const QCborMap &answer);
    void switchOption(QTreeWidgetItem *item);
    void setChecked(QTreeWidgetItem *item, bool on);
    void showMessage(const QString &text, bool error);
    static QString governedText(const QCborValue &governs);
    bool eventFilter(QObject *watched, QEvent *event) override;

    ClientSession *m_session;
    QTreeWidget *m_tree;
    QLabel *m_message;
    QPushButton *m_reload;
    QString m_switching; // the option whose change is on its way to the server
    bool m_loaded = false;
    bool m_filling = false;
};

} // namespace erp::app
