#pragma once

#include <QCborMap>
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace erp::app {

class ClientSession;

// Lets an administrator show, hide, reorder, relabel and lock the fields and sections of a
// form for a role or for one user. The server stores the settings and applies them the next
// time someone with that role (or that user) opens the form.
class FormSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FormSettingsDialog(ClientSession *session, QWidget *parent = nullptr);

    QComboBox *catalogBox() const { return m_catalog; }
    QComboBox *scopeBox() const { return m_scope; }
    QComboBox *targetBox() const { return m_target; }
    QTreeWidget *tree() const { return m_tree; }
    bool isLoaded() const { return m_loaded; }

public Q_SLOTS:
    void load();
    void save();
    void resetSettings();

Q_SIGNALS:
    void loadedSettings();
    void savedSettings(const QString &message);

private:
    void fillTree(const QCborMap &layout, const QCborMap &settings);
    QCborMap collect() const;
    void move(int delta);
    QCborMap target() const;

    ClientSession *m_session;
    QComboBox *m_catalog;
    QComboBox *m_scope;
    QComboBox *m_target;
    QTreeWidget *m_tree;
    QLabel *m_status;
    bool m_loaded = false;
};

} // namespace erp::app
