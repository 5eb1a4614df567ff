// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QStackedWidget;

namespace registrar::widgets {

class CredentialsPanel;

/*!
 * Every account created since the app started, each on its own card, with a list to go back
 * to any of them. Cards are kept until the app quits: a token shown once must stay at hand.
 */
class CreatedAccountsPane : public QWidget
{
    Q_OBJECT

public:
    explicit CreatedAccountsPane(QWidget *parent = nullptr);

    //! Shows \a card first in the list and brings it to the front; the pane owns it from now on.
    void addCard(CredentialsPanel *card);

    int count() const;
    CredentialsPanel *currentCard() const;
    CredentialsPanel *card(int index) const;
    //! The user IDs of the accounts whose token or generated password nobody has seen yet.
    QStringList usersWithSecretsNotHandedOver() const;

private:
    void updateItem(QListWidgetItem *item, const CredentialsPanel *card);

    QLabel *m_placeholder;
    QLabel *m_listLabel;
    QListWidget *m_list;
    QStackedWidget *m_cards;
};

} // namespace registrar::widgets
