#pragma once

#include "core/kindinfo.h"

#include <QCborArray>
#include <QCborMap>
#include <QFrame>
#include <QHash>
#include <QStringList>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;

namespace erp::app {

class ClientSession;
class FieldEditor;

// A form layout's "duplicateCheck" ({method, fields}): when the user leaves one of the fields
// with a new value, and before a new object is saved, the area's method is asked
// ({kind, values, id?} -> {candidates: [{id, code, name, reasons, score}]}) which known objects
// the one entered may duplicate. They are listed in a warning under the form, which stops no
// typing: "Open existing" opens the chosen one, "Save anyway" saves this one as it is.
class DuplicateWarning : public QFrame
{
    Q_OBJECT

public:
    // kind: the form's, whose field titles name the reasons ("ico" is "Company ID (IČO)").
    DuplicateWarning(ClientSession *session, const KindInfo &kind, const QCborMap &spec, QWidget *parent = nullptr);

    QStringList fields() const { return m_fields; }
    // Checks when the user leaves the editor with a changed value.
    void watch(FieldEditor *editor);
    // Asks the method about these values of the object (0: a new one); done(clear) tells
    // whether it found nothing (true) or showed candidates (false). An error of the method
    // (an area that is switched off) does not stop the save: clear.
    void check(const QCborMap &values, qint64 id, std::function<void(bool clear)> done = {});
    // The user said "Save anyway" for these candidates: the next save of the form is not stopped.
    bool isAccepted() const { return m_accepted; }
    void setAccepted(bool accepted) { m_accepted = accepted; }
    QCborArray candidates() const { return m_candidates; }
    QListWidget *list() const { return m_list; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *saveAnywayButton() const { return m_saveAnyway; }
    // The form's values for the fields (set by the form).
    std::function<QCborMap()> values;
    std::function<qint64()> objectId;

Q_SIGNALS:
    void openRequested(const QString &kind, qint64 id);
    void saveAnywayRequested();
    void checked(bool clear);

private:
    void showCandidates(const QCborArray &candidates);
    bool eventFilter(QObject *watched, QEvent *event) override;
    void checkNow();
    // The values of the checked fields that are filled.
    QCborMap given(const QCborMap &all) const;
    void finish(bool clear);

    ClientSession *m_session;
    QString m_kind;
    KindInfo m_info;
    QString m_method;
    QStringList m_fields;
    QCborArray m_candidates;
    QCborMap m_lastAsked;
    quint64 m_request = 0;
    bool m_accepted = false;
    std::function<void(bool)> m_pendingDone;
    QHash<QObject *, FieldEditor *> m_watched;
    QLabel *m_title;
    QListWidget *m_list;
    QPushButton *m_open;
    QPushButton *m_saveAnyway;
};

} // namespace erp::app
