#pragma once

#include "core/kindinfo.h"

#include <QCborArray>
#include <QCborMap>
#include <QHash>
#include <QSet>
#include <QWidget>

class QLabel;
class QSplitter;
class QTabWidget;
class QToolBar;
class QVBoxLayout;
class QAction;

namespace erp::client {
struct Reply;
}

namespace erp::app {

class AnswerPanel;
class BasedOnCommand;
class ChecklistPanel;
class ClientSession;
class DuplicateWarning;
class FieldEditor;
class LineInfo;
class LiveRecalculation;
class PrintMenu;
class RelatedList;
class RelatedPanel;
class SectionEditor;
class TimelinePanel;
class TransitionActions;

// The generic form of one catalog object or document, built from the layout the server sends
// (forms/ merged with the role's and the user's settings) and the metadata. Keyboard first:
// Enter moves to the next field, Ctrl+S saves, Ctrl+Enter saves and closes (documents: saves,
// runs the workflow's "post" and closes), Esc closes (asking about changes). Only changed,
// writable values are sent. Documents get a command per workflow transition and History.
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
    // The message above the form (errors that name no field of it, such as a register's).
    QString messageText() const;
    QString title() const;
    bool isDocument() const { return m_kind.isDocument; }
    // A document's state as last read (the workflow's initial one for a new document).
    QString status() const;

    // Asks about unsaved changes; true when the form may close.
    bool confirmClose();
    // A new object filled for the user (a "based on" proposal, a counterparty from its
    // partner) starts as changed: closing it asks whether to save.
    void markFilled() { m_filled = true; }
    // The values in the editors now, with "display": {field: name} for references.
    QCborMap currentValues() const;

    RelatedPanel *relatedPanel() const { return m_relatedPanel; }
    // What the layout shows under a section for its current line (stock), or null.
    LineInfo *lineInfo() const { return m_lineInfo; }
    BasedOnCommand *basedOnCommand() const { return m_basedOn; }
    RelatedList *relatedList(int index = 0) const { return m_relatedLists.value(index); }
    // Documents: the current state's checklist and what the server allows now (hidden when
    // the state asks nothing).
    ChecklistPanel *checklist() const { return m_checklist; }
    TransitionActions *transitions() const { return m_transitions; }
    // A layout's "timeline" groups and its "duplicateCheck" (null without one).
    TimelinePanel *timeline(int index = 0) const { return m_timelines.value(index); }
    DuplicateWarning *duplicateWarning() const { return m_duplicates; }
    // Documents: the Print command's forms (null for a catalog).
    PrintMenu *printMenu() const { return m_printMenu; }
    // A layout's "panel" groups: an area method's answer for the object, read-only.
    AnswerPanel *panel(int index = 0) const { return m_panels.value(index); }
    // Documents: true while an edit waits for the server's recalculation.
    bool isRecalculating() const;

public Q_SLOTS:
    void save();
    void saveAndClose();
    // Documents: runs a transition of the workflow (document.transition) on the document as
    // last read; edits not saved yet stay in the form. "post" saves the edits with it, in one call.
    void runTransition(const QString &transition);
    // Saves, runs "post" (when the workflow has it) and closes.
    void postAndClose();
    void showHistory();
    void reload();

Q_SIGNALS:
    void loaded();
    void saved(const QString &kind, qint64 id);
    void saveFailed(const QString &message);
    void titleChanged(const QString &title);
    void closeRequested();
    // Another object to open (a related document, a row of a related list) or to create with
    // initial values (a "based on" proposal, a new counterparty of a partner).
    void openRequested(const QString &kind, qint64 id);
    void createRequested(const QString &kind, const QCborMap &initial);
    // The server's recalculation has been applied to the form.
    void recalculated();

private:
    QString method(const QString &operation) const;
    void addDocumentActions();
    void build(const QCborMap &layout);
    QWidget *buildGroup(const QCborMap &group);
    QWidget *buildSection(const QCborMap &group);
    QWidget *buildRelated(const QCborMap &group);
    QWidget *buildTimeline(const QCborMap &group);
    QWidget *buildPanel(const QCborMap &group);
    void setUpDuplicateCheck(const QCborMap &spec);
    void addPrintAction();
    QCborMap recalculationRequest() const;
    void applyRecalculation(const QCborMap &result);
    void edited();
    void fill(const QCborMap &object);
    void focusFirstEditor();
    void updateStatus();
    QCborMap collectChanges(bool all) const;
    QCborMap collectSections() const;
    bool checkInput();
    void write(bool post);
    void finish(const erp::client::Reply &reply, bool refill);
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
    QStringList m_fieldOrder;             // as the layout shows them
    QSet<QString> m_readOnly;             // fields and sections never sent
    QHash<QString, QCborArray> m_sectionLines; // as last read, to send only changed sections
    QVBoxLayout *m_body;
    QLabel *m_message;
    QToolBar *m_toolbar;
    QAction *m_saveCloseAction;
    QAction *m_saveAction;
    QAction *m_postCloseAction = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_printAction = nullptr;
    PrintMenu *m_printMenu = nullptr;
    TransitionActions *m_transitions = nullptr;
    BasedOnCommand *m_basedOn = nullptr;
    RelatedPanel *m_relatedPanel = nullptr;
    QCborMap m_lineInfoSpec;
    LineInfo *m_lineInfo = nullptr;
    QList<RelatedList *> m_relatedLists;
    QList<TimelinePanel *> m_timelines;
    QList<AnswerPanel *> m_panels;
    ChecklistPanel *m_checklist = nullptr;
    DuplicateWarning *m_duplicates = nullptr;
    LiveRecalculation *m_recalculation = nullptr;
    QSplitter *m_splitter;
    QLabel *m_statusLabel;
    bool m_modified = false;
    bool m_loaded = false;
    bool m_saving = false;
    bool m_closeAfterSave = false;
    bool m_filled = false;
    bool m_postAfterCheck = false; // what the save stopped by a duplicate warning was to do
};

} // namespace erp::app
