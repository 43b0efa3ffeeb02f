/**
 * Common Polish first names, shipped with the app (no lookup at run time). Names that are
 * also ordinary words or places in Warsaw (Pola, Róża, Jagoda, Nadzieja) are left out on purpose:
 * „Pola Mokotowskie” is a park.
 */
export const FEMALE_NAMES =
	`Ada Adriana Adrianna Agata Agnieszka Aleksandra Alicja Alina Amelia Anastazja
Aneta Angelika Ania Anna Antonina Asia Barbara Basia Beata Bogumiła Bożena Czesława Danuta Dominika
Dorota Edyta Ela Elżbieta Emilia Ewa Ewelina Franciszka Gabriela Genowefa Gosia Grażyna Halina Hania
Hanna Helena Iga Ilona Irena Iwona Izabela Jadwiga Janina Joanna Jolanta Józefa Julia Justyna Kamila
Karolina Kasia Katarzyna Kinga Klaudia Krystyna Ksenia Laura Lena Lidia Liliana Lucyna Magda Magdalena
Maja Małgorzata Maria Marianna Mariola Marta Martyna Marzena Michalina Milena Mirosława Monika Natalia
Nikola Nina Ola Oliwia Patrycja Paulina Regina Renata Roksana Sandra Stanisława Stefania Sylwia
Teresa Ula Urszula Wanda Weronika Wiesława Wiktoria Wioletta Zofia Zosia Zuzanna`.split(/\s+/);

export const MALE_NAMES = `Adam Adrian Albert Aleksander Andrzej Antek Antoni Arkadiusz Artur Bartek
Bartłomiej Bartosz Bogdan Bogusław Bolesław Borys Bronisław Czesław Damian Daniel Dariusz Dawid
Dominik Edward Emil Eryk Eugeniusz Feliks Filip Franciszek Franek Grzegorz Henryk Hubert Ignacy Igor
Ireneusz Jacek Jakub Jan Janusz Jarosław Jerzy Józef Julian Jurek Jędrzej Kacper Kamil Karol
Kazimierz Konrad Krystian Krzysztof Kuba Leszek Lucjan Ludwik Łukasz Maciej Maciek Marcin Marek
Marian Mariusz Mateusz Michał Mieczysław Mikołaj Miłosz Mirosław Nikodem Norbert Olaf Oskar Patryk
Paweł Piotr Przemek Przemysław Radosław Rafał Robert Roman Ryszard Sebastian Stanisław Staszek
Stefan Szymon Sławomir Tadeusz Tomasz Tomek Tymon Tymoteusz Waldemar Wacław Wiesław Wiktor Witold
Władysław Wojciech Wojtek Zbigniew Zdzisław Zenon Zygmunt`.split(/\s+/);
