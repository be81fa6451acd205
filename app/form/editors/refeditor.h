#pragma once

#include "form/fieldeditor.h"

#include <QPointer>

#include <optional>

class QCompleter;
class QLineEdit;
class QModelIndex;
class QStandardItemModel;
class QTimer;
class QToolButton;

namespace erp::app {

// ref: a reference to a catalog object, found by typing (catalog.search as you type) or
// picked in a chooser ("…", F4). The value is the object's id; text typed but not chosen is
// an input error.
class RefEditor : public FieldEditor
{
    Q_OBJECT

public:
    RefEditor(const FieldInfo &field, ClientSession *session, QWidget *parent);

    QCborValue value() const override;
    // display: the object's name; fetched from the server when empty.
    void setValue(const QCborValue &value, const QString &display = QString()) override;
    void setReadOnly(bool readOnly) override;
    QString inputError() const override;

    // The chosen object's name, empty when there is none.
    QString displayText() const;

public Q_SLOTS:
    // Opens the session's chooser (ClientSession::chooseObject) when there is one.
    void choose();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool isChosen() const;
    void onTextEdited(const QString &text);
    void search();
    void choosePicked(const QModelIndex &index);
    void setChosen(qint64 id, const QString &name);
    void fetchName();

    QPointer<ClientSession> m_session;
    QLineEdit *m_edit;
    QToolButton *m_button;
    QCompleter *m_completer;
    QStandardItemModel *m_results;
    QTimer *m_searchTimer;
    std::optional<qint64> m_id; // the value while the text is m_name
    QString m_name;
    quint64 m_request = 0; // answers to older requests are stale
};

} // namespace erp::app
