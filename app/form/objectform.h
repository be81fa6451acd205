#pragma once

#include "core/kindinfo.h"

#include <QCborMap>
#include <QHash>
#include <QWidget>

class QLabel;
class QTabWidget;
class QVBoxLayout;
class QAction;

namespace erp::app {

class ClientSession;
class FieldEditor;
class SectionEditor;

// The generic form of one object, built from the layout the server sends (forms/ merged with
// the role's and the user's settings) and the metadata. Keyboard first: Enter moves to the
// next field, Ctrl+S saves, Ctrl+Enter saves and closes, Esc closes (asking about changes).
class ObjectForm : public QWidget
{
    Q_OBJECT

public:
    // id 0 creates a new object; initial values (parent, is_group) apply to a new one.
    ObjectForm(ClientSession *session, const QString &kind, qint64 id, const QCborMap &initial = {},
               QWidget *parent = nullptr);

    QString kindName() const { return m_kindName; }
    qint64 objectId() const { return m_id; }
    bool isModified() const { return m_modified; }
    bool isLoaded() const { return m_loaded; }
    FieldEditor *editor(const QString &field) const { return m_editors.value(field); }
    SectionEditor *sectionEditor(const QString &section) const { return m_sections.value(section); }
    QString errorText(const QString &field) const;
    QString title() const;

    // Asks about unsaved changes; true when the form may close.
    bool confirmClose();

public Q_SLOTS:
    void save();
    void saveAndClose();
    void reload();

Q_SIGNALS:
    void loaded();
    void saved(const QString &kind, qint64 id);
    void saveFailed(const QString &message);
    void titleChanged(const QString &title);
    void closeRequested();

private:
    void build(const QCborMap &layout);
    QWidget *buildGroup(const QCborMap &group);
    void fill(const QCborMap &object);
    QCborMap collectChanges(bool all) const;
    void showError(const QString &field, const QString &message);
    void clearErrors();
    void setModified(bool modified);
    void askToReload(const QString &message);
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

    ClientSession *m_session;
    QString m_kindName;
    qint64 m_id;
    QCborMap m_initial;
    KindInfo m_kind;
    QCborMap m_object; // as last read from the server
    QHash<QString, FieldEditor *> m_editors;
    QHash<QString, QLabel *> m_errors;
    QHash<QString, SectionEditor *> m_sections;
    QHash<QString, QString> m_labels;
    QVBoxLayout *m_body;
    QLabel *m_message;
    bool m_modified = false;
    bool m_loaded = false;
    bool m_saving = false;
    bool m_closeAfterSave = false;
};

} // namespace erp::app
