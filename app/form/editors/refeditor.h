#pragma once

#include "form/fieldeditor.h"

#include <QCborArray>
#include <QPointer>

#include <functional>
#include <optional>

class QCompleter;
class QLineEdit;
class QModelIndex;
class QStandardItemModel;
class QTimer;
class QToolButton;

namespace erp::app {

// A reference the form holds in another field (the chosen partner), for offering that
// object's own first: the target kind, the id and the name.
struct ContextRef
{
    QString kind;
    qint64 id = 0;
    QString name;
};

// ref: a reference to a catalog object, found by typing (catalog.search as you type: every
// word anywhere in the name, case and accents ignored, so "kriz" and "tom kri" find "Tomáš
// Kříž") or picked in a chooser ("…", F4). The value is the object's id; text typed but not
// chosen is an input error, and text that matches nothing is marked at once. Tab or Enter
// with exactly one match takes it. When the form holds a reference that the target kind
// refers to (a counterparty's partner), that object's own come first.
class RefEditor : public FieldEditor
{
    Q_OBJECT

public:
    using ContextSource = std::function<QList<ContextRef>()>;

    RefEditor(const FieldInfo &field, ClientSession *session, QWidget *parent);

    QCborValue value() const override;
    // display: the object's name; fetched from the server when empty.
    void setValue(const QCborValue &value, const QString &display = QString()) override;
    void setReadOnly(bool readOnly) override;
    QString inputError() const override;
    // Enter on typed text belongs to the editor first (it takes the one match), then the form's.
    bool consumesEnter() const override;
    bool consumesTab() const override { return consumesEnter(); }

    // The chosen object's name, empty when there is none.
    QString displayText() const;
    // The form's other references (set by the form that holds the editor).
    void setContextSource(ContextSource source) { m_context = std::move(source); }
    // The typed text is marked (red frame, tooltip): it matches nothing, or it was left unchosen.
    bool isMarked() const { return m_marked; }
    // The condition that selects the context object's own (a counterparty's partner = the
    // form's partner), with the object's name; empty when there is none.
    QCborArray priorityFilters(QString *ownerName = nullptr) const;

public Q_SLOTS:
    // Opens the session's chooser (ClientSession::chooseObject) when there is one.
    void choose();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Match
    {
        qint64 id;
        QString name;
    };
    bool isChosen() const;
    void onTextEdited(const QString &text);
    void search();
    void showResults(const QString &text, const QCborArray &own, const QCborArray &all);
    // The one row to take on Tab or Enter: the only match of the context's own, else the only match.
    std::optional<Match> singleMatch() const;
    // Tab or Enter on text that is not chosen; true when the key was handled here.
    bool commitTyped(int key);
    void choosePicked(const QModelIndex &index);
    void setChosen(qint64 id, const QString &name);
    void setMarked(bool marked, const QString &why = QString());
    void fetchName();

    QPointer<ClientSession> m_session;
    QLineEdit *m_edit;
    QToolButton *m_button;
    QCompleter *m_completer;
    QStandardItemModel *m_results;
    QTimer *m_searchTimer;
    ContextSource m_context;
    std::optional<KindInfo> m_target; // the referenced kind, for its references to the context
    std::optional<qint64> m_id;       // the value while the text is m_name
    QString m_name;
    QString m_resultsFor; // the text the results belong to
    int m_ownCount = 0;   // the first rows of m_results are the context object's own
    int m_pendingKey = 0; // Tab or Enter pressed while a search was on its way
    bool m_marked = false;
    bool m_searching = false;
    quint64 m_request = 0; // answers to older requests are stale
};

} // namespace erp::app
