// This file is generated automatically by tests/tools/gen_tables.py. Do not edit.
// Sources and licences: see that script's header and README.md (Credits).

/// Places: `name` or `name\tcanonical name`, one per line, front coded.
pub static PLACES: &str = r#"06th of October City
0A Coruña
1achen
2land	Åland Islands
1ba
2bottabad
2eokuta
2idjan
2obo
3mey-Calavi
2u Dhabi
3ja
2ū Ghurayb
5al-Kahṣīb
1capulco de Juárez
2cra
1dachi
3mstown
3na
3pazarı
2dis Ababa
2elaide
3n
2o-Ekiti
2ıyaman
1fghanistan
2rica
2yonkarahisar
1gadir
3rtala
2ege
2ra
2uascalientes
1hilyanagar
2medabad
2vaz
3enanmaa	Åland Islands
1ihara
2zawl
1jegunle
2man
3er
1kashi
2ita
2ola
3wonjo
2saray
2tobe
2ure
1l Ain City
4ḩmadī
3Başrah al Qadīmah
3Diwaniyah
3Fayyum
3Hillah
4oceïma
4ufūf
3Kharj
5uşūş
3Madīnah
5nsurah
5wşil al Jadīdah
5ḩallah al Kubrá
8mūdīyah
4ubarraz
3Qadarif
4āhirah al Jadīdah
3Ḩasakah
6udaydah
3‘Amārah
2-Kut
2abama
3nd	Åland Islands
4ya
3ska
2bania
3uquerque
2eppo
3xandria
2geria
3iers
2icante
3mosho
2maty
2ofi
3r Setar
2ps
2to Barinas
4na
2war
2īgarh
1magasaki
3zon
2barnath
4to
5tur
3on
2erica	United States
7n Samoa
2man
2ravati
3itsar
2sterdam
1n Nhơn
2aheim
3nindeua
4tapur
2chorage
2dijon
3orra
7 la Vella
2geles City
3ola
3uilla
2kang
4ra
2naba
2qing
4u
2san-si
3han
4un
2takya
4lya
4nanarivo
4rctica
3igua and Barbuda
4polo
3ofagasta
3sirabe
3werp
2yang
6-si
2ápolis
1omori
2tearoa	New Zealand
1parecida de Goiânia
2ia
1qsu
1r Raqqah
5yyān
2ab Republic of Egypt	Egypt
3caju
2ctic
2dabīl
2equipa
2gentina
8e Republic	Argentina
2ifwala
3zona
2kansas
3hangel’sk
2lington
2menia
2rah
2tux
2uba
3sha
2āk
1sahikawa
2hgabat
2ia
2mara
2siut
2tana
3rakhan
2unción
2wān
1taşehir
2hens
2lanta
6ic
2yrau
1uckland
2gsburg
2rangabad
3ora
2stin
4ralia
5ia
1vadi
3rua
2ellaneda
1wasa
1zcapotzalco
2erbaijan
0BES islands	Caribbean Netherlands
1a Vì
2b Ezzouar
2colod City
4or
2foussam
2gerhat
3hdad
3ong Silang
3uio
2hamas
4walpur
3ir Dar
3rain
3çelievler
3ía Blanca
2icheng
3liwick of Guernsey	Guernsey
9 of Jersey	Jersey
4liage de Guernesey	Guernsey
9 de Jersey	Jersey
3se
3yin
2kersfield
3hmut
3u
2lbala
3ikpapan
3kans
3lari
3tic
5more
2mako
3enda
2nan
3da Aceh
5r Abbas
7Lampung
7Seri Begawan
4ung
3gkok
4ladesh
4ui
3jarbaru
6masin
4ul
3nu
3qiao
3ī Suwayf
2o'an
3ding
3ji
3shan
3tou
2ranagar
3bados
3celona
3ddhamān
3eilly
3i
4adi
4nas
3naul
3quisimeto
3ranquilla
3ueri
2srah
3se-Terre
5terre
3uo
2tam
3hinda
3ikent
3man
3na
3tagram
3u Caves
2uchi
3ru
2varia
2wshar
2yan Nur
2zhong
2ğcılar
1edok New Town
2gusarai
2ihai
3jing
3ra
4ut
3’an
2kasi
2lagavi
4rus
3fast
4ord Roxo
3gie	Belgium
6n	Belgium
5que	Belgium
5um
4orod
4rade
3ize
3lo
3mopan
3o Horizonte
3uu er a Belau	Palau
3ém
2ngaluru
4bu
4hazi
4kulu
4uela
3in
5 City
4to Juarez
9árez
3oni
3xi
2rgen
3lin
3muda
3n
2tim
2ylikdüzü
1harat Ganrajya	India
6pur
3tara
3vnagar
3wana
3yandar
2ilai
4wara
3wandi
2opal
2ubaneswar
3tan
2āgalpur
4tpāra
1iałystok
2da
2elefeld
2hār Sharīf
2jie
2kaner
2lbao
3imora
3āspur
2mbo
2njai
3zhou
2rgañj
3kenhead
3mingham
2shkek
3sau
2ên Hòa
2ñan
1lack Sea
3ntyre
2ida
2oemfontein
2umenau
1oa Vista
2bo-Dioulasso
2chum
2gor
4tá
2ksburg
3āro
2livarian Republic of Venezuela	Venezuela
5ia
3ogna
2ma
2naire Sint Eustatius and Saba	Caribbean Netherlands
3n
2rama
3deaux
3ivli
3ūjerd
2snia and Herzegovina
6-Herzegovina	Bosnia and Herzegovina
3ton
2tshabelo
4wana
2uaké
3vet Island
2zhou
1radford
3hmapur
3kpan
3mpton
3sil	Brazil
4ília
3tislava
4sk
3zil
4zaville
3şov
2emen
3nt
3st
2idgetown
3ghton
3sbane
4tol
3tain	United Kingdom
4ish Indian Ocean Territory
8Virgin Islands
2no
2ooklyn
2unei
6 Darussalam	Brunei
3ssels
2yansk
2āhmanbāria
1ucaramanga
3harest
4eon-si
2da
4pest
3ta
2enaventura
4os Aires
2ffalo
2jumbura
2kavu
3hara
3it Rahman Putra
2lawayo
3garia
3iwya	Bolivia
7 Mamallaqta	Bolivia
2namwaya
3desrepublik Deutschland	Germany
3ia
2raydah
3ewala
3kina Faso
3ma	Myanmar
3sa
3undi
2san
2tembo
3uan
2ôn Ma Thuột
1ydgoszcz
1égoua
1ình Thạnh
1āli
3ndarban
3rāsat
1ắc Giang
6Ninh
6Từ Liêm
1ến Cát
0Cabanatuan City
3imas
4nda
3uyao
2gayan de Oro
2inta
3ro
2labar
4mba
3gary
3i
4fornia
3lao
3oocan
3umbo
2magüey
4ma
4yenne
3bodia
3eroon
3pina Grande
7s
4o Grande
5s dos Goytacazes
2nada
3berra
3cún
3gzhou
3oas
2pao Redondo
3e Town
5Verde
2rabanchel
4cas
4picuíba
3diff
3iacica
4bbean Netherlands
3refour
3tagena
3uaru
2sablanca
3cavel
3tries
2talonia
4nia
2ucaia
5sus
2xias do Sul
2yenne
3man Islands
2zenga
1ebu City
2ilândia
2laya
2ntral African Republic
9sia
8Coast
1had
3k Jhumra
3ndigarh
5ler
4gchun
5de
5le
5ning
5sha
7u
5won
5yi
5zhi
7ou
3oyang
4zhou
3rlotte
9 Amalie
3ttogram
2eboksary
3lyabinsk
3ngde
6u
5zhong
4nai
4zhou
3onan
5gju-si
3repovets
4kasy
4nihiv
6vtsi
2iayi City
3ba
3cago
4layo
3feng
3huahua
3lanzar
4e
3mbote
4oio
3na
4ese Taipei	Taiwan
4gola
4iot
4ju
3pata
3sinau
3ta
4ungwiza
3zhou
3șinău
2olula
3ngjin
5ming
5qing
5zuo
2ristchurch
6mas Island
2ula Vista
3ncheon
4ian
3xiong
3zhou
2éngguān Qū
2ānda
2ợ Lớn
1ibinong
2lacap
3egon
4ungsir
2mahi
2ncinnati
2rebon
2ty of San Marino
8Victoria
2udad Apodaca
7Benito Juárez
8olívar
7General Escobedo
8uayana
7Juárez
7López Mateos
7Nezahualcoyotl
7Obregón
7Victoria
7del Este
2xi
1leveland
2uj-Napoca
1o-operative Republic of Guyana	Guyana
2acalco
3tzacoalcos
2chabamba
3kburn Town
3os Islands	Cocos (Keeling) Islands
2imbatore
2llectivity of Saint Barthélemy	Saint Barthélemy
9ity of Saint Martin	Saint Martin
3ombia
6o
4nia del Valle
4rado
8 Springs
3umbus
2milla
3monwealth of Australia	Australia
9lth of Dominica	Dominica
9lth of Puerto Rico	Puerto Rico
9lth of the Bahamas	Bahamas
9lth of the Northern Mariana Islands	Northern Mariana Islands
3oros
2nakry
3go	Republic of the Congo
5-Brazzaville	Republic of the Congo
6Kinshasa	DR Congo
3necticut
3stantine
7ţa
3tagem
2ok Islands
2penhagen
2rpus Christi
3rientes
3sica
2sta Rica
2tabato
3e d'Ivoire	Ivory Coast
3ia
3onou
2untry of Curaçao	Curaçao
2ventry
2x’s Bāzār
2yoacán
1rimea
2na Gora	Montenegro
2oatia
1uauhtémoc
4titlán Izcalli
2ba
2enca
3rnavaca
2iabá
2liacán
2maná
2racao	Curaçao
4çao
3itiba
2sco
2ttack
2íto
1yprus
1zech Republic	Czechia
5ia
1órdoba
1úcuta
1ần Thơ
4u Giấy
0DPRK
1R Congo
2C	DR Congo
1a Nang
2chang
2egu
3jeon
2kar
2lian
3las
3oa
2manhur
4scus
3ietta
3mam
2ndong
3mark	Denmark
3ube
2qing
2r es Salaam
3bhanga
3fur
3nytsya
2smariñas
2tong
2vangere
4o
2wlat Libya	Libya
7al-Kuwait	Kuwait
2xing’anling
2ye
3rah
2zhou
1ehradun
2ir ez-Zor
2laware
3hi
3mas
2mocratic People's Republic of Korea	North Korea
9c Republic of Congo	DR Congo
9c Republic of Timor-Leste	Timor-Leste
9c Republic of the Congo	DR Congo
9c Socialist Republic of Sri Lanka	Sri Lanka
2ngzhou
3izli
3mark
3pasar
3ver
2partment of Mayotte	Mayotte
3ok
2ra Ghazi Khan
5Ismail Khan
3by
2sna
3sie
2troit
2was
2yang
2zful
3hou
1haka
3nbad
2ivehi Raajjeyge Jumhooriyya	Maldives
2ule
2ārāvi
1iadema
2ego Garcia
3psloot
2hok
2li
2ndigul
3gxi
2re Dawa
2strict of Columbia
2yarbakır
1jelfa
2ibouti
1nipro
6vskyi
1odoma
2ha
2mbivali
3inica
8n Republic
6que	Dominica
2nbas
6s
3etsk
3gguan
4hai
4tai
4ying
2rtmund
2uala
3glas
1resden
1ubai
3lin
2isburg
2mai
2que de Caxias
2rban
3g
4apur
3ham
2shanbe
1zayer	Algeria
1üsseldorf
1ĩ An
0East Africa
6sia
5Jerusalem
5London
5Timor	Timor-Leste
4ern Europe
1bute Ikorodu
1catepec de Morelos
2uador
1dinburgh
2monton
2ogawe
1esti	Estonia
5 Vabariik	Estonia
1fon-Alaaye
1gypt
1imsbüttel
2xample
1l Aaiún
3Daein
3Fasher
3Obeid
3Paso
3Salvador
2azığ
2doret
2lan Vannin	Isle of Man
2oy Alfaro
1malahleni
2bu das Artes
2irates	United Arab Emirates
1ngland
2senada
3hi
2ugu
1quatorial Guinea
1rbil
2itrea
2ode
2zurum
1senler
4yurt
2kişehir
2lamshahr
2na
2poo
2sen
2tado Libre Asociado de Puerto Rico	Puerto Rico
7Plurinacional de Bolivia	Bolivia
6s Unidos Mexicanos	Mexico
3onia
2watini
1thiopia
2obicoke
2āwah
1urope
1vaton
1’zhou
0Faeroe Islands	Faroe Islands
2isalabad
2kaofo
2lkland Islands
2ngchenggang
3ling
2ridabad
3oe Islands
2tih
1ederal Democratic Republic of Ethiopia	Ethiopia
9emocratic Republic of Nepal	Nepal
8Republic of Germany	Germany
9epublic of Nigeria	Nigeria
9epublic of Somalia	Somalia
6ted States of Micronesia	Micronesia
7ion of Saint Christopher and Nevis	Saint Kitts and Nevis
8ve Republic of Brazil	Brazil
2ira de Santana
2nghuang
4shan
4xiang
2rgana
2s
1iji
2nland
1landers
2orence
4ianópolis
5da
7blanca
2ying Fish Cove
1ort Wayne
6orth
4-de-France
4aleza
2shan
2z do Iguaçu
1ranca
5e
4kfurt am Main
2eetown
3nch Guiana
7Polynesia
7Republic	France
7Southern Territories	French Southern and Antarctic Lands
9uthern and Antarctic Lands
3sno
1uchū
2jisawa
2kui-shi
4oka
4shima
4yama
2ling
2nafuti
2shun
2xin
2yang
2zhou
1īrozābād
0Gabon
5ese Republic	Gabon
4rone
3uuti	Djibouti
7h Ummuuno	Djibouti
2gnoa
2juwaka
2mbia
2ndhinagar
3ja
3zhou
2omi
3zhou
2steiz / Vitoria
2tineau
2ya
2za
4 Strip
3iantep
4pur
1boko
1dańsk
2ynia
1ebze
2elong
2ita
2lsenkirchen
2neral Santos
3oa
3t
2orge Town
6town
5ia
2rmany
4iston
1hana
2ulja
2āziābād
1ia Lâm
2braltar
2fu
2jón
2tega
2za
1lasgow
1odomè
2iânia
2ld Coast
3fe
2ma
3be
2nder
2rakhpur
2thenburg
2vernador Valadares
2yang-si
1qeberha
1rajaú
3nd Duchy of Luxembourg	Luxembourg
3vataí
3z
2eat Britain	United Kingdom
5er Noida
3ece
4nland
5sboro
3nada
2ozny
1uadalajara
6upe
4eloupe
3m
3ngyuan
5zhou
5’an
4kou
4tánamo
3rujá
5lhos
3temala
9 City
3yaquil
2ernsey
2iana	French Guiana
3gang
3lin
3nea
6-Bissau
3yang
2jangbagh
3ranwala
5t
2lf
3i
2mi
2ndupālaiyam
3po
3san
3tur
2rugram
2stavia
6o Adolfo Madero
2wahati
2yana
5e	French Guiana
3uan
2édiawaye
1wadloup	Guadeloupe
3lior
3ngju
5myeong
1yeongsan-si
1ómez Palacio
0Ha'il
2chiōji
2far Al-Batin
3izabad
2gåtña
2i Bà Trưng
3fa
3kou
3phong
3ti
2kodate
2lifax
2madān
4matsu
3burg
7-Mitte
8Nord
3hŭng
3ilton
2nam
3dan
3gzhou
3nover
3oi
3zhong
2rare
3bin
3geysa
2shemite Kingdom of Jordan	Jordan
2vana
2waii
2yastan	Armenia
1eard Island and McDonald Islands
2bi
2chi
4uan
2fei
2gang
2llenic Republic	Greece
3sinki
2nderson
3gshui
4yang
2rmosillo
3oica Matamoros
3āt
2shan
2yuan
2ze
3hou
1igashiosaka
2malayas
3eji
2rakata
4tsuka
3oshima
2sar
1laingthaya
1o Chi Minh City
2bart
2hhot
2ji ya Henda
2lguín
3land	Netherlands
4ywood
2ms
3yel'
2nchō
3duras
3g Kong
9 Island
4kou
3iara
3olulu
2uston
2wrah
1rodna
2vatska	Croatia
1sinchu
1uai'an
4bei
4hua
4nan
3mbo
3ncayo
4ggang
5pu
5shan
7i
2bballi
2izhou
2lan Ergi
3udao
4nbuir
2ngary
2ocheng
2zhou
2ế
1waseong-si
1yderabad
1à Tĩnh
1āthazāri
1ŭngnam
1ạ Long
0Iaşi
1badan
3gué
3raki
2b
1ca
2eland
2halkaranji
3ihara
4kawa
4nomiya
1daho
1jebu Ode
1kare
2eja
2ot Ekpene
2san
1le-Ife
3sa
2igan
6 City
2linois
2oilo
3rin
1mphal
2us
1ncheon
2daiatuba
3ependen Stet bilong Papua Niugini	Papua New Guinea
9nt State of Papua New Guinea	Papua New Guinea
9nt State of Samoa	Samoa
3ia
5na
7polis
3onesia
4re
1owa
1poh
1quitos
1ran
3puato
3q
2bid
2eland
2kutsk
2vine
1seyin
2fahan
4ra
2iro
2kandar Puteri
2lamabad
5ic Republic of Afghanistan	Afghanistan
9epublic of Iran	Iran
9epublic of Mauritania	Mauritania
9epublic of Pakistan	Pakistan
4nd	Iceland
4s Malvinas	Falkland Islands
3e of Man
3ington
2mailia
2rael
2tanbul
4ravshan
1tabashi
3güí
3lian Republic	Italy
4y
3quaquecetuba
1vanovo
2ory Coast
1waki
2o
1xtapaluca
1zhevsk
2tacalco
4palapa
0Jabalpur
3oatão dos Guararapes
3uuti	Djibouti
2cksonville
2ipur
2karta
2lalpur Pirwala
4ndhar
3gaon
3ālābād
2maica
3bi City
3estown
3huri ya Kenya	Kenya
9a Muungano wa Tanzania	Tanzania
9a Uganda	Uganda
5uriyadda Federaalka Soomaaliya	Somalia
9adda Jabuuti	Djibouti
3mu
3nagar
3shedpur
2pan
2rdim Angela
7Sao Luis
2yapura
1eddah
2ju City
2mber
2onju
2para
2rsey
6 City
3usalem
1hang Sadr
2ānsi
1iading
3musi
3ngmen
5yin
4shui
3ojiang
4zhou
5uo
3xing
2eyang
2jiga
2lin
2mma
2nan
3cheng
3gdezhen
4men
4zhou
4’an
3hua
3ing
3jiang
3shan
3zhong
6u
2ujiang
3quan
2xi
2zhou
2’an
1odhpur
2hannesburg
3or Bahru
2inville
2rdan
2s
2ão Pessoa
1uba
2iz de Fora
2ndiaí
2rong Town
7West
1ājmau
3lna
1ūnāgadh
0Kabul
3we
2dapa
3una
2ech’ŏn
3sŏng
2frul
2goshima
2hama
3ramanmaraş
2ifeng
3li
2kamega
3ogawachō-honmachi
2laburagi
3emyo
3iningrad
7skiy
3lakurichi
3uga
3yān
2moke
3pala
4ung Baru Subang
8Kangkar Teberau
8Larkin Lama
2nanga
4yannur
4zawa
3dahār
3o
3pur
3sas
6 City
2ohsiung
3lack
2par
2rabağlar
4chi
4gandy
4j
4may
4wang
3bala
3iega
3lsruhe
3nāl
3ol Bāgh
3īmnagar
3şıyaka
2shan
4gar
4iwa
4mir
3sala
3ugai
4r
2thmandu
3owice
3sina
4ushika
2unas
2wagoe
5uchi
4saki
2yseri
2zakhstan
4n
1ediri
2eling Islands	Cocos (Keeling) Islands
4ung
2lar
2merovo
2ndari
3ema
3itra
3nedy
3tucky
3ya
2rman
6shah
1habarovsk
3mis Mushait
3rkiv
4toum
8 North
2erson
2melnytskyi
2omeynī Shahr
3rramabad
7shahr
2ulna
1ibaha
2el
2gali
2kolo
3uyu
3wit
2ma Kieza
3hae
2ng Edward Point
4dom of Bahrain	Bahrain
9f Belgium	Belgium
9f Bhutan	Bhutan
9f Cambodia	Cambodia
9f Denmark	Denmark
9f Eswatini	Eswatini
9f Lesotho	Lesotho
9f Morocco	Morocco
9f Norway	Norway
9f Saudi Arabia	Saudi Arabia
9f Spain	Spain
9f Sweden	Sweden
9f Thailand	Thailand
9f Tonga	Tonga
9f the Netherlands	Netherlands
4ston
8 upon Hull
7wn
3shasa
2ra
3ibati
3kuk
3ov
3āri Sulemānnagar
2sangani
3umu
2ta
4kyushu
3chener
3we
1luang
1obe
2chi
2lhāpur
3kata
3lam
3wezi
2m Ombo
3somolsk-on-Amur
2nak
3geriget Danmark	Denmark
7ket Noreg	Norway
9t Norge	Norway
3ungariket Sverige	Sweden
3ya
2rba
3ean peninsula
3hogo
3la
2shigaya
3ovo
3ti
4roma
2ta
4 Bharu
5Damansara
5Kinabalu
6uala Muda
3ō
2umassi
2wloon
7 City
2zhikode
1raków
3lendijk
3snodar
6gvargeisky
6yarsk
2ugersdorp
2yvyy Rih
1uala Lumpur
6Terengganu
3ntan
2ching
2katpally
2lti
2mamoto
4si
2nming
3shan
2pang
2rashiki
3distan
3gan
3nool
3sk
5 Oblast
3ume
2shinagar
2wait
6 City
1wai Chung
1yengera
2iv
2oto
2rgyz Republic	Kyrgyzstan
9spublikasy	Kyrgyzstan
6stan
2zylorda
1öln
1üçükçekmece
1ākināda
3mārhāti
3shān
1ōriyama
0L'Hospitalet de Llobregat
1a Paz
2gos
2hore
2ibin
3wu
3xi
2l Bahadur Nagar
2ngfang
3zhou
2o People's Democratic Republic	Laos
3hekou
3s
2pu-Lapu City
2redo
3kana
2s Palmas de Gran Canaria
5iñas
4Vegas
2takia
3in America
5a
3ur
3via
5jas Republika	Latvia
2val
1ebanese Republic	Lebanon
5on
2eds
2fatshe la Botswana	Botswana
2icester
3pzig
2kki
2shan
3otho
2xington
9-Fayette
2ón de los Aldama
1hoka
1ianshan
4yungang
3ocheng
4yang
2beria
5tad
3reville
3ya
2chinga
2echtenstein
3tuvos Respublika	Lithuania
2kasi
2longwe
2ma
3eira
2ncang
4oln
3fen
3qu
3xia Chengguanzhen
3yi
2petsk
2sbon
3hui
2thuania
2upanshui
3zhou
2verpool
1jubljana
1obamba
3ito
2gan City
2ja
2mé
2ndon
4rina
3g Beach
6ien
5Xuyên
4ling County
4shan
4yan
5earbyen
3i
2s Angeles
4Mochis
4Teques
2udi
3isiana
5ville
1uancheng
4da
2bango
3lin
3umbashi
2cknow
2dhiana
2ena
2hansk
2ohe
4u District
3yang
2saka
2xembourg
3or
2zhou
2’an
1viv
1yon
1üliang
0Macao	Macau
5 Special Administrative Region of the People's Republic of China	Macau
4pá
4u
3edonia	North Macedonia
4ió
3hala
4ida
2dagascar
3inah
4son
3rid
3urai
3īnat an Naşr
2ebashi
2gnitogorsk
2hajanga
3eshtala
3ilyow
2ianga
3duguri
3ne
3pú
2juro
2kassar
4ti City
3hachkala
3iyivka
3kah
3urdi
2labo
6n
4cca
4ng
5je
4tya
4wi
4ysia
3dive Islands	Maldives
7s
3egaon
3i
4ngao
4r Cantonment
3mö
3olos
3ta
4epe
3é
2moudzou
2nado
4gua
4ma
4us
3chester
3dalay
6uyong
9ng City
5ue City
3galuru
3hattan
3ila
4zales
3n	Isle of Man
4heim
4in	Isle of Man
3silingan
3ta
5mpay
3ukau City
3’gyŏngdae-ri
2oming
2puto
2r del Plata
3acaibo
6y
4di
4wi City
3dan
3g‘ilon
3iehamn
5nthal
4got
4kina City
4ngá
3kham
3ne La Vallée
3oua
3rakesh
3seille
4hall Islands
3tinique
3yland
3āgheh
2san
3eru
3hhad
3ina
3sachusetts
2ta-Utu
4di
4nitu ko Viti	Fiji
4ram
3hura
3ola
3sudo
5yama
3urín
2uritania
6ius
3á
2wlamyine
2yotte
2zatlán
3ār-e Sharīf
2’anshan
1bandaka
2eya
2our
2uji-Mayi
1eads
2dan
3ellín
3iterranean
2erut
2guro
2ishan
3zhou
2k'ele
3nes
2lbourne
2mphis
2ngzi
3ongue
2rkezefendi
3lo
3sin
2sa
2xicali
6nos	Mexico
5o
6 City
1iami
3nyang
2chigan
3ronesia
2ddle East
2guel Hidalgo
2lan
3ton Keynes
3waukee
2nato
6 City
3gora
3hang
3na
4eapolis
5sota
3sk
3ya
2ri
3pur Khas
7Model Thana
2sratah
3sissauga
7ippi
4ouri
2to
2xco
2yazaki
1ogadishu
3i das Cruzes
2hammadpur
2kpo
2ldova
2mbasa
2naco
3golia
3rovia
3tana
4enegro
5rrey
6ía
5s Claros
5video
4réal
4serrat
2relia
3ioka
3occo
4goro
4ni
3ādābād
2scow
3samedes
4oró
3t Serene Republic of San Marino	San Marino
3ul
2zambique
1uar
2danjiang
2eang Nonthaburi
2kalla
3im Pulai
2lenvos
3tan
3ugu
2mbai
2nich
3tinlupa
2ratpaşa
3cia
3idke
3mansk
2scat
3o oa Lesotho	Lesotho
2zaffarnagar
8pur
8ābād
1wanza
2ene
1yanmar
2kolayiv
2suru
1álaga
1érida
1önchengladbach
1ünster
1ỹ Tho
0N'Djamena
1aberezhnyye Chelny
2da
2gano
4oka
4r Naluākot
4saki
3oya
3pur
2ha
2ihāti
3robi
2jaf
5garh
3rān
2kano
3uru
2m Định
3angan
3ibia
3pula
4’o
2nchang
5ong
3ded
3jing
3ning
3ping
3qiao
3sana
3tes
4ong
3yang
2oero	Nauru
2ples
2ra-shi
3ela
3singdi
2shik
4ville
3iriyah
3sau
2tal
3ion of Brunei	Brunei
3ore
2ucalpan de Juárez
3ru
2vi Mumbai
2wabshah
2y Pyi Taw
3pyidaw
2zrēt
1dola
1ebraska
2derland	Netherlands
2ihu
3jiang
3va
2llore
2pal
2therlands
2vada
2w Cairo
6ledonia
4Delhi
4Hampshire
4Jersey
4Kingston
4Mexico
4Orleans
4South Memphis
4Taipei City
5erritories
4York
8 City
4Zealand
3ark
3castle
9 upon Tyne
1gerulmud
2hi Sơn
2wane	Eswatini
1ha Trang
1iamey
3nbo
2caragua
3e
3olás Romero
4sia
2ger
5ia
2hon	Japan
2igata
2jar	Niger
3eriya	Nigeria
2le
3üfer
2ngbo
4de
2ppon	Japan
2shinomiya
2terói
2ue
2zhniy Novgorod
5y Tagil
3āmābād
2š
1ogales
2ida
2reg	Norway
3folk Island
3ge	Norway
3th Africa
7merica
6Carolina
6Dakota
6Korea
6Macedonia
6Shore
5ern Ireland
9Mariana Islands
3way
2ttingham
2uakchott
3méa
2va Iguaçu
5Vida
3o Hamburgo
4kuznetsk
4sibirsk
2wrangapur
1uevo Laredo
2ku'alofa
4s
2remberg
2uk
1yala
0Oakland
2xaca
1balende
1ceania
1desa
1esterreich	Austria
1gbomoso
1hio
1jo de Agua
1kara
3yama
3zaki
2ene
2lahoma
8 City
1linda
1maha
3n
2durman
2sk
1ndo
2itsha
2tario
1ral
3n
4jestad
2dos
2egon
3nburg
2iental Republic of Uruguay	Uruguay
2lando
2ël
2ūmīyeh
1saka
3sco
2h
2lo
2ogbo
2terreich	Austria
3rava
1ta
2tawa
1uagadougou
2jda
1werri
2o
1yo
0Pachuca de Soto
3ific
2dang
2go Pago
2kistan
2langkaraya
4u
3embang
4rmo
4stine
3ikir
3labi
3ma
5s
4ira
3u
2nama
6 City
3ipat
3jin
3shan
3zhihua
2peetē
3ua New Guinea
2raguay
4kou
4maribo
4naque City
4uapebas
3bhani
3is
3namirim
2sarkemis
4y
3ig City
4r Gudang
3to
2tiāla
3na
2ulista
2vlodar
1ekalongan
4nbaru
2lentong
3otas
2matangsiantar
2ngze
3nsylvania
3za
2ople's Democratic Republic of Algeria	Algeria
9Republic of Bangladesh	Bangladesh
9Republic of China	China
2rcut
3eira
3m
3sian Gulf
3th
3u
2shawar
3t
2taling Jaya
4re
4ẖ Tiqva
3rolina
5zavodsk
4ópolis
1hiladelphia
4ippines
6sburg
2nom Penh
2oenix
2u Quoc
2ú Mỹ
1ietermaritzburg
2kine
2mpri
6-Chinchwad
2ndi Bhattian
3gdingshan
5u
4liang
4xiang
2racicaba
2tcairn	Pitcairn Islands
8 Group of Islands	Pitcairn Islands
9Henderson Ducie and Oeno Islands	Pitcairn Islands
9Islands
3tsburgh
2ura
2zhou
1lano
2easant Island	Nauru
2ovdiv
2urinational State of Bolivia	Bolivia
2ymouth
1odgorica
2hang
2inte-Noire
2khara
2land
3okwane
3tava
2nta Grossa
4ianak
2payán
2rt Harcourt
5Louis
5Moresby
5Said
6udan
5Vila
5of Spain
4-au-Prince
7x-Français
5de-Paix
4land
4o
5 Alegre
6Velho
5-Novo
5viejo
4ugal
6uesa	Portugal
9e Republic	Portugal
2sadas
2znań
1rague
3ia
5 Grande
3thet	Thailand
3vyi Bereh
3yagraj
2eston
3toria
2incipality of Andorra	Andorra
9ity of Liechtenstein	Liechtenstein
9ity of Monaco	Monaco
8t d'Andorra	Andorra
3stina
1u'er
2callpa
3hong
2dong
3ucherry
2ebla
3nte Alto
3rto La Cruz
7Rico
2ne
3ing
3āsa
2rnia
2tian
3uo
2xi
2yang
1yeongtaek
2ongyang
1étionville
1ānihāti
3tan
0Qarchak
3shi
2tar
2zaqstan	Kazakhstan
3vin
1ibao
2na
3gdao
4pu
4yang
5uan
3huangdao
3zhou
2onghai
2qihar
2taihe
1ods
2m
2‘qon
1uanzhou
2ebec
3ens
3limane
3tta
3zon City
2i Nhon
3lmes
3to
2jing
2zhou
2ébec
2ảng Ngãi
2ận Mười
8ười Một
7Sáu
0Rabat
2him Yar Khan
2ipur
2jamahendravaram
3pur Sonarpur
3shahi
2leigh
2mallah
3iros
2nchi
3dburg
3gpur
2s Al Khaimah
3apūdipalem
3ht
2tcha Anachak Thai	Thailand
3lām
2walpindi
2’s Bayrūt
1eading
2cife
2d Sea
2no
2piblik Ayiti	Haiti
9Sesel	Seychelles
3oblikan'i Madagasikara	Madagascar
3ubblica di San Marino	San Marino
9a italiana	Italy
8ka ta' Malta	Malta
5lic of Albania	Albania
9of Angola	Angola
9of Armenia	Armenia
9of Austria	Austria
9of Azerbaijan	Azerbaijan
9of Belarus	Belarus
9of Benin	Benin
9of Botswana	Botswana
9of Bulgaria	Bulgaria
9of Burundi	Burundi
9of Cabo Verde	Cape Verde
9of Cameroon	Cameroon
9of Chad	Chad
9of Chile	Chile
9of China	Taiwan
9of Colombia	Colombia
9of Costa Rica	Costa Rica
9of Croatia	Croatia
9of Cuba	Cuba
9of Cyprus	Cyprus
9of Côte d'Ivoire	Ivory Coast
9of Djibouti	Djibouti
9of Ecuador	Ecuador
9of El Salvador	El Salvador
9of Equatorial Guinea	Equatorial Guinea
9of Estonia	Estonia
9of Fiji	Fiji
9of Finland	Finland
9of Ghana	Ghana
9of Guatemala	Guatemala
9of Guinea	Guinea
9of Guinea-Bissau	Guinea-Bissau
9of Haiti	Haiti
9of Honduras	Honduras
9of Iceland	Iceland
9of India	India
9of Indonesia	Indonesia
9of Iraq	Iraq
9of Ireland	Ireland
9of Kazakhstan	Kazakhstan
9of Kenya	Kenya
9of Kiribati	Kiribati
9of Korea	South Korea
9of Kosovo	Kosovo
9of Latvia	Latvia
9of Liberia	Liberia
9of Lithuania	Lithuania
9of Madagascar	Madagascar
9of Malawi	Malawi
9of Mali	Mali
9of Malta	Malta
9of Mauritius	Mauritius
9of Moldova	Moldova
9of Mozambique	Mozambique
9of Namibia	Namibia
9of Nauru	Nauru
9of Nicaragua	Nicaragua
9of Niger	Niger
9of North Macedonia	North Macedonia
9of Palau	Palau
9of Panama	Panama
9of Paraguay	Paraguay
9of Peru	Peru
9of Poland	Poland
9of Rwanda	Rwanda
9of San Marino	San Marino
9of Senegal	Senegal
9of Serbia	Serbia
9of Seychelles	Seychelles
9of Sierra Leone	Sierra Leone
9of Singapore	Singapore
9of Slovenia	Slovenia
9of South Africa	South Africa
9of South Sudan	South Sudan
9of Suriname	Suriname
9of Tajikistan	Tajikistan
9of Trinidad and Tobago	Trinidad and Tobago
9of Tunisia	Tunisia
9of Turkey	Türkiye
9of Türkiye	Türkiye
9of Uganda	Uganda
9of Uzbekistan	Uzbekistan
9of Vanuatu	Vanuatu
9of Yemen	Yemen
9of Zambia	Zambia
9of Zimbabwe	Zimbabwe
9of the Congo
9of the Gambia	Gambia
9of the Maldives	Maldives
9of the Marshall Islands	Marshall Islands
9of the Philippines	Philippines
9of the Sudan	Sudan
9of the Union of Myanmar	Myanmar
8a Moldova	Moldova
7ek Suriname	Suriname
7k Indonesia	Indonesia
9Singapura	Singapore
8a Hrvatska	Croatia
9 Slovenija	Slovenia
9 Srbija	Serbia
9 y'Uburundi	Burundi
8en Finland	Finland
5ulika y'u Rwanda	Rwanda
2sistencia
3publika Kazakhstan	Kazakhstan
2union	Réunion
2ykjavik
3nosa
1hine
2ode Island
1ibaberiki Kiribati	Kiribati
3eirão Preto
9 das Neves
2chards Bay
2ga
2o Branco
4de Janeiro
3bamba
2pablik blong Vanuatu	Vanuatu
3ublik Naoero	Nauru
2shon LeTsiyyon
2verside
2yadh
2zhao
1oad Town
2hini
3tak
2mania
3e
2ndonópolis
2odepoort
2sario
3eau
4tta
3tov-on-Don
2tterdam
2umania	Romania
3rkela
2yaume de Belgique	Belgium
1ufisque
2gao
2iru
3’an
2mania	Romania
2sseifa
4ia
6n Federation	Russia
3tenburg
1wanda
1yazan’
1zeczpospolita Polska	Poland
1éunion
8 Island	Réunion
1ājkot
3mgundam
4pur
3nipet
1ạch Giá
0Sacomã
3ramento
2ddiqabad
3r City
2fi
2gamihara
2hara
3el
3iwal
3rawi Arab Democratic Republic	Western Sahara
3āranpur
2int Barthélemy
6Helena	Saint Helena, Ascension and Tristan da Cunha
9ier
6John's
6Kitts and Nevis
6Lucia
6Martin
6Paul
7etersburg
7ierre and Miquelon
6Vincent and the Grenadines
5-Denis
6Louis
6Marc
6Pierre
3pan
3tama
2kai
4rtvelo	Georgia
2lem
3ta
4illo
5vka
3vador
3é
2mara
5inda
5kand
3ba
3oa
3sun
3ut Prakan
2n Antonio
4Cristóbal
4Diego
4Fernando
5rancisco
4Jose
8 del Monte
7é
5uan
4Luis Potosí
4Marino
5iguel de Tucumán
9lito
4Nicolás de los Garza
4Pablo
5edro
9 Sula
4Salvador
9dor de Jujuy
3-Pédro
3a'a
4a
4ndaj
3caktepe
3dakan
3he
3menxia
4ing
3ta Ana
6Catarina
7lara
7ruz de la Sierra
6Fe
6Maria
9ta
6Teresa del Tuy
4iago
8 de Cuba
9de Querétaro
9de Surco
9de los Caballeros
9del Estero
4o André
6Domingo
9ingo Este
9ingo Oeste
9ingo de los Colorados
5l
5s
3ya
2o Tome and Principe	São Tomé and Príncipe
2pele
3opemba
3poro
2rajevo
4nsk
4tov
3dinia
3godha
3i
4wŏn-si
3nam	Suriname
2skatoon
2thalanalat Paxathipatai Paxaxon Lao	Laos
3na
2udi	Saudi Arabia
5 Arabia
3gor
3rimo
2var
1candinavia
2hweiz	Switzerland
2otland
1eattle
2ctor 2
73
74
75
76
2eb
2jong
2kondi
2layang Baru Utara
2marang
3ey
2ndai
3egal
3gkang New Town
2ongnam-si
3ul
2rang
3bia
3ekunda
4mban
3ra
2tagaya
4pak
2vastopol
3illa
2ychelles
1fax
1ha Tin
3h Alam
4rīār
3m Shui Po
3nghai
5luo
5qiu
5rao
5yu
4tou
4wei
3oguan
4xing
4yang
3rjah
2effield
3khupura
3nyang
4zhen
2ibganj
4īn al Kawm
3hezi
3jiazhuang
3monoseki
3nagawa
4juku
3qi
3raz
3vaji Nagar
5mogga
3yan
3zuishan
5oka
2olapur
3uguang
2qipnia	Albania
2uangyashan
3brā al Khaymah
3ozhou
2yamnagar
3mkent
2āhjānpur
1ialkot
2beria
2cily
2erra Leone
2kasso
2licon Valley
4guri
2mferopol
2ncelejo
3ga
5pore
6ura	Singapore
4kawang
3jhoro
3t Maarten
3ŭiju
2ping
2tubondo
2vas
1kardu
2opje
1lovak Republic	Slovakia
6ia
4enia
1molensk
1oacha
2chi
3ialist Republic of Vietnam	Vietnam
2fia
2hag
2koto
2ledad
7 de Graciano Sánchez
3omon Islands
3wezi
2malia
3ers Isles	Bermuda
2ngea
4jiang
3īpat
2rocaba
2shanguve
2uth Africa
7merica
7sia
6Boston
6Carolina
7hina Sea
6Dakota
7ublin
6Georgia
9rgia and the South Sandwich Islands	South Georgia
6Korea
6Sudan
6Tangerang
8rawa
5ampton
5east Asia
6nd-on-Sea
2weto
2yapango
1pain
1ranangron	Suriname
2bija	Serbia
2i Lanka
3nagar
1t. Barthelemy	Saint Barthélemy
4George's
4Louis
4Peter Port
9sburg
2anley
3te of Eritrea	Eritrea
9Israel	Israel
9Kuwait	Kuwait
9Libya	Libya
9Palestine	Palestine
9Qatar	Qatar
5n Island
3vropol
2erlitamak
2ockholm
5ton
3ke-on-Trent
2rasbourg
2uttgart
1ubang Jaya
2cre
2dan
2ez
2ginami
2icheng
3d-Afrika	South Africa
3hua
3ning
3sse	Switzerland
3ta
3zhou
2kabumi
3kur
2laymaniyah
3tanate of Oman	Oman
6beyli
6gazi
3ţānah
2maré
3bawanga
3gayit
3ida
3y
2ncheon
5’ŏn
3gai Petani
3shine Coast
2omen tasavalta	Finland
4i	Finland
2qian
2rabaya
4karta
4t
3gut
3iname
3rey
2va
2won
2zano
3hou
1valbard and Jan Mayen
9and Jan Mayen Islands	Svalbard and Jan Mayen
9og Jan Mayen	Svalbard and Jan Mayen
2izra	Switzerland
4zera	Switzerland
1wansea
3tini	Eswatini
3ziland	Eswatini
2eden
2iss Confederation	Switzerland
3tzerland
1ydney
2ria
5n Arab Republic	Syria
1zczecin
1ão Bernardo do Campo
5José
8é do Rio Preto
8é dos Campos
8é dos Pinhais
7ão de Meriti
5Luís
5Paulo
5Tomé
8é and Príncipe
5Vicente
1étif
1āngli
0Tabora
4ão da Serra
3riz
3uk
2cloban
3na
2ganrog
3uig
2i Po
3cang
4hung
3nan
3pei
3wan
3yuan
3z
4hou
3’an
2jikistan
2kamatsu
4saki
4tsuki
3eo
3oradi
2latona
3linn
2male
4n Petaling
3bov
3pa
4ere
4ico
5nes Estate
9New Town
2ndo Allahyar
6Bago
3ga
4erang
4gu
4he
4ier
4shan
3ta
4ou
3zania
4hou
2oyuan
2pachula
2rakan
4z
3lac City
3sus
2shkent
3ikmalaya
2ubaté
2wau
2’if
1bilisi
1chad	Chad
1egal
3ucigalpa
2hran
2l Aviv
2mara
2ni
3nessee
2pic
2ratri of Norf'k Ailen	Norfolk Island
3esina
3ritory of Christmas Island	Christmas Island
9 of Norfolk Island	Norfolk Island
9 of the Wallis and Futuna Islands	Wallis and Futuna
2te
2xas
1hai	Thailand
4land
3mes
3nh Hóa
6Xuân
4javur
2e Bermudas	Bermuda
5ottom
5ronx
4Hague
4Islands of Bermuda	Bermuda
4Netherlands	Netherlands
4Valley
4former Yugoslav Republic of Macedonia	North Macedonia
3mbisa
3ssaloníki
2ika
3mphu
3ruvananthapuram
3ès
6 Nones
2oothukudi
2rissur
2uận An
2ái Nguyên
2āne
2ủ Dầu Một
6Đức
1ianjin
4shui
2bet
2eling
2juana
2mişoara
3or	Timor-Leste
5 Lorosae	Timor-Leste
5-Leste
2n Shui Wai
2rana
3uchirappalli
4nelveli
4pati
5pur
1lalnepantla
4pan
3quepaque
2áhuac
1oamasina
2go
4lese	Togo
8 Republic	Togo
2kelau
3orozawa
3ushima
3yo
2ledo
3uca
3yatti
2msk
2nalá
3ga
4chuan
4hua
4liao
6ng
4shan
2ronto
3reón
2shima
2uba
3louse
2yama
3ohashi
4naka
4ta
1rinidad and Tobago
3poli
2ujillo
1seung Kwan O
2hikapa
2u
3en Wan
1ucson
2en Mun
2la
3sa
2mkūr
2ngi
3is
5ia
7n Republic	Tunisia
2rin
3kiye	Türkiye
4menistan
4s and Caicos Islands
3mero
3pan
2valu
2xtla
1ver
1yumen
1étouan
1órshavn
1ürkiye
0U.K.	United Kingdom
2S.	United States
4A.	United States
1AE	United Arab Emirates
1K	United Kingdom
1S	United States
2A	United States
1beraba
4lândia
1daipur
2zima wa Komori	Comoros
1fa
1ganda
1ijeongbu-si
1jjain
1kraine
4yina	Ukraine
1lan Bator
4-Ude
4qab
2hasnagar
2san
2u Bedok
2yanovsk
1mbuso weSwatini	Eswatini
2raniye
2uahia
1nion des Comores	Comoros
6of the Comoros	Comoros
3ted Arab Emirates
7Kingdom
7Mexican States	Mexico
7Republic of Tanzania	Tanzania
7States
9ates Minor Outlying Islands
9ates Virgin Islands
9ates of America	United States
1ruapan
3guay
1st-Kamenogorsk
1tah
2recht
2sunomiya
1vira
1yo
1zbekistan
1íge
1şak
0Vadodara
3uz
2lencia
5zuela
3ladolid
4edupar
5tta
3paraíso
2n
3couver
3taa
3uatu
2ranasi
3na
2tican	Vatican City
7 City
9ity State	Vatican City
2ughan
1ellore
2nezuela
3ustiano Carranza
2racruz
3eeniging
3mont
3ona
1iamão
3na
2ctoria
8 de Durango
2enna
4tiane
3t Nam	Vietnam
4nam
2go
2jayapura
6wada
2la Flor
5Velha
3la Nueva
5hermosa
5vicencio
3nius
2nh
3nytsya
2rgin Islands	British Virgin Islands
9lands of the United States	United States Virgin Islands
6ia
8 Beach
3ār
2sakhapatnam
2tebsk
3i	Fiji
3ória
8 da Conquista
2ña del Mar
2ệt Trì
1ladikavkaz
5mir
5vostok
1olgograd
3ogda
3ta Redonda
3zhsky
2ronezh
1árzea Grande
1ũng Tàu
0Wad Medani
2fangdian
2h Cantt
2kayama
2les
3l Street
4is and Futuna
2ndsbek
3ning
3xian
3zhou
2rangal
3der
3ri
3saw
2shington
9n D.C.
1eifang
3hai
3nan
2lkom
3lington
2nchang
3shan City
3zhou
2st Africa
5Bank
5Island
5Jerusalem
5Raleigh
5Virginia
4ern Europe
8Sahara
4minster
1hitehall
1ichita
2esbaden
2llemstad
2ndhoek
3ejok
3nipeg
2sconsin
1ollongong
3verhampton
2ng Tai Sin
3san
2odlands
1rocław
1uhan
3u
2liwya	Bolivia
7 Suyu	Bolivia
2ppertal
2wei
2xi
2zhong
5u
1yoming
1ŏnju
4san
0Xalapa de Enríquez
1iamen
3ngtan
5yang
4ning
4yang
3ogan
2chang
3o
2linhot
2ngning
4tai
4yi
3ing
3jiang
3xiang
3yang
4i
4u
5an
3zhou
2uying
2’an
1ochimilco
1uancheng
4hua
2chang
2hui
2zhou
2ân Lộc
0Ya'an
2moussoukro
2ncheng
3gjiang
4on
4pu
4quan
4san
5huo
4tze
4zhou
3ji
3tai
3zhou
3’an
2o
3undé
2ren
3oslavl
2zd
1ei
2katerinburg
2men
5i Republic	Yemen
2nagoa
2osu
2revan
1ibin
2chang
4un
2nchuan
3gkou
2wu
2xing
1ogyakarta
2kkaichi
3ohama
4suka
2la
2ngji
4zhou
2shkar-Ola
1ueyang
2lin
2ncheng
3fu
3long
3usobod
0Zagazig
3reb
2hedan
2mbia
4oanga
2njan
3zibar
2ozhuang
2popan
4rizhzhia
9hya
2ragoza
3ia
3qa
1eytinburnu
1habei
3ngjiagang
8jie
8kou
5ye
5zhou
4jiang
3oqing
4tong
2engzhou
4jiang
2ongguo	China
5hua	China
5shan
5wei
3ukou
4shan
2u Cheng City
3cheng
3hai
3madian
3zhou
2ytomyr
1ibo
2gong
2mbabwe
2nder
2yang
1oucheng
1umpango
2nyi
1ürich
0Álvaro Obregón
0Åland Islands
2rhus
0Çankaya
2orum
0Ðà Lạt
0Ñuñoa
0Ürümqi
2sküdar
0Āsansol
0Đống Đa
0İskenderun
2zmir
0Łódź
0Ōita
2ta
3su
0Şanlıurfa
2işli
0Ţarţūs
0Ḩadā’iq al Qubbah
4māh
4yy Khildā"#;

/// Nationalities and groups: `name\tcountry` (country may be empty).
pub static GROUPS: &str = r#"Afghan	Afghanistan
Afghans	Afghanistan
African	
Africans	
Alawite	
Albanian	Albania
Albanians	Albania
Algerian	Algeria
Algerians	Algeria
American	Northern Mariana Islands
American Islander	United States Minor Outlying Islands
American Samoan	American Samoa
American Samoans	American Samoa
Americans	Northern Mariana Islands
Andorran	Andorra
Andorrans	Andorra
Angolan	Angola
Angolans	Angola
Anguillian	Anguilla
Anguillians	Anguilla
Antarctican	Antarctica
Antarcticans	Antarctica
Antiguan, Barbudan	Antigua and Barbuda
Antiguan, Barbudans	Antigua and Barbuda
Arab	
Arabic	
Arabs	
Argentine	Argentina
Armenian	Armenia
Armenians	Armenia
Aruban	Aruba
Arubans	Aruba
Asian	
Asians	
Australian	Australia
Australians	Australia
Austrian	Austria
Austrians	Austria
Azerbaijani	Azerbaijan
Azerbaijanis	Azerbaijan
Bahamian	Bahamas
Bahamians	Bahamas
Bahraini	Bahrain
Bahrainis	Bahrain
Bangladeshi	Bangladesh
Bangladeshis	Bangladesh
Barbadian	Barbados
Barbadians	Barbados
Basque	
Belarusian	Belarus
Belarusians	Belarus
Belgian	Belgium
Belgians	Belgium
Belizean	Belize
Belizeans	Belize
Beninese	Benin
Bermudian	Bermuda
Bermudians	Bermuda
Bhutanese	Bhutan
Bolivian	Bolivia
Bolivians	Bolivia
Bosnian, Herzegovinian	Bosnia and Herzegovina
Bosnian, Herzegovinians	Bosnia and Herzegovina
Brazilian	Brazil
Brazilians	Brazil
British	United Kingdom
Britons	United Kingdom
Bruneian	Brunei
Bruneians	Brunei
Buddhist	
Buddhists	
Bulgarian	Bulgaria
Bulgarians	Bulgaria
Burkinabe	Burkina Faso
Burmese	Myanmar
Burundian	Burundi
Burundians	Burundi
Californian	
Cambodian	Cambodia
Cambodians	Cambodia
Cameroonian	Cameroon
Cameroonians	Cameroon
Canadian	Canada
Canadians	Canada
Cape Verdian	Cape Verde
Cape Verdians	Cape Verde
Catalan	
Catholic	
Catholics	
Caymanian	Cayman Islands
Caymanians	Cayman Islands
Central African	Central African Republic
Central Africans	Central African Republic
Chadian	Chad
Chadians	Chad
Channel Islander	Guernsey
Chilean	Chile
Chileans	Chile
Chinese	China
Christian	
Christians	
Christmas Islander	Christmas Island
Cocos Islander	Cocos (Keeling) Islands
Colombian	Colombia
Colombians	Colombia
Communist	
Communists	
Comoran	Comoros
Comorans	Comoros
Congolese	DR Congo
Conservative	
Conservatives	
Cook Islander	Cook Islands
Costa Rican	Costa Rica
Costa Ricans	Costa Rica
Croatian	Croatia
Croatians	Croatia
Cuban	Cuba
Cubans	Cuba
Cypriot	Cyprus
Czech	Czechia
Danish	Denmark
Democrat	
Democrats	
Djibouti	Djibouti
Djiboutis	Djibouti
Dominican	Dominica
Dominicans	Dominica
Druze	
Dutch	Caribbean Netherlands
East Timorese	Timor-Leste
Ecuadorean	Ecuador
Ecuadoreans	Ecuador
Egyptian	Egypt
Egyptians	Egypt
Emirati	United Arab Emirates
Emiratis	United Arab Emirates
English	
Equatorial Guinean	Equatorial Guinea
Equatorial Guineans	Equatorial Guinea
Eritrean	Eritrea
Eritreans	Eritrea
Estonian	Estonia
Estonians	Estonia
Ethiopian	Ethiopia
Ethiopians	Ethiopia
European	
Europeans	
Falkland Islander	Falkland Islands
Faroese	Faroe Islands
Fijian	Fiji
Fijians	Fiji
Filipino	Philippines
Finnish	Finland
Flemish	
French	French Southern and Antarctic Lands
French Polynesian	French Polynesia
French Polynesians	French Polynesia
Gabonese	Gabon
Gambian	Gambia
Gambians	Gambia
Georgian	Georgia
Georgians	Georgia
German	Germany
Germans	Germany
Ghanaian	Ghana
Ghanaians	Ghana
Gibraltar	Gibraltar
Greek	Greece
Greenlandic	Greenland
Grenadian	Grenada
Grenadians	Grenada
Guadeloupian	Guadeloupe
Guadeloupians	Guadeloupe
Guamanian	Guam
Guamanians	Guam
Guatemalan	Guatemala
Guatemalans	Guatemala
Guianan	French Guiana
Guianans	French Guiana
Guinea-Bissauan	Guinea-Bissau
Guinea-Bissauans	Guinea-Bissau
Guinean	Guinea
Guineans	Guinea
Guyanese	Guyana
Haitian	Haiti
Haitians	Haiti
Heard and McDonald Islander	Heard Island and McDonald Islands
Hindu	
Hindus	
Hispanic	
Honduran	Honduras
Hondurans	Honduras
Hong Konger	Hong Kong
Hungarian	Hungary
Hungarians	Hungary
I-Kiribati	Kiribati
I-Kiribatis	Kiribati
Icelander	Iceland
Indian	India
Indians	India
Indonesian	Indonesia
Indonesians	Indonesia
Iranian	Iran
Iranians	Iran
Iraqi	Iraq
Iraqis	Iraq
Irish	
Israeli	Israel
Israelis	Israel
Italian	Italy
Italians	Italy
Ivorian	Ivory Coast
Ivorians	Ivory Coast
Jamaican	Jamaica
Jamaicans	Jamaica
Japanese	Japan
Jew	
Jewish	
Jews	
Jordanian	Jordan
Jordanians	Jordan
Kazakhstani	Kazakhstan
Kazakhstanis	Kazakhstan
Kenyan	Kenya
Kenyans	Kenya
Kirghiz	Kyrgyzstan
Kittitian or Nevisian	Saint Kitts and Nevis
Kittitian or Nevisians	Saint Kitts and Nevis
Korean	
Koreans	
Kosovar	Kosovo
Kurd	
Kurdish	
Kurds	
Kuwaiti	Kuwait
Kuwaitis	Kuwait
Laotian	Laos
Laotians	Laos
Latino	
Latinos	
Latvian	Latvia
Latvians	Latvia
Lebanese	Lebanon
Liberal	
Liberals	
Liberian	Liberia
Liberians	Liberia
Libyan	Libya
Libyans	Libya
Liechtensteiner	Liechtenstein
Lithuanian	Lithuania
Lithuanians	Lithuania
Luxembourger	Luxembourg
Macanese	Macau
Macedonian	North Macedonia
Macedonians	North Macedonia
Mahoran	Mayotte
Mahorans	Mayotte
Malagasy	Madagascar
Malawian	Malawi
Malawians	Malawi
Malaysian	Malaysia
Malaysians	Malaysia
Maldivan	Maldives
Maldivans	Maldives
Malian	Mali
Malians	Mali
Maltese	Malta
Manx	Isle of Man
Marshallese	Marshall Islands
Martinican	Martinique
Martinicans	Martinique
Mauritanian	Mauritania
Mauritanians	Mauritania
Mauritian	Mauritius
Mauritians	Mauritius
Mexican	Mexico
Mexicans	Mexico
Micronesian	Micronesia
Micronesians	Micronesia
Moldovan	Moldova
Moldovans	Moldova
Monegasque	Monaco
Mongolian	Mongolia
Mongolians	Mongolia
Montenegrin	Montenegro
Montenegrins	Montenegro
Montserratian	Montserrat
Montserratians	Montserrat
Moroccan	Morocco
Moroccans	Morocco
Mosotho	Lesotho
Motswana	Botswana
Mozambican	Mozambique
Mozambicans	Mozambique
Muslim	
Muslims	
Namibian	Namibia
Namibians	Namibia
Nauruan	Nauru
Nauruans	Nauru
Nepalese	Nepal
New Caledonian	New Caledonia
New Caledonians	New Caledonia
New Zealander	New Zealand
Ni-Vanuatu	Vanuatu
Nicaraguan	Nicaragua
Nicaraguans	Nicaragua
Nigerian	Nigeria
Nigerians	Nigeria
Nigerien	Niger
Nigeriens	Niger
Niuean	Niue
Niueans	Niue
Norfolk Islander	Norfolk Island
North Korean	North Korea
North Koreans	North Korea
Norwegian	Norway
Norwegians	Norway
Omani	Oman
Omanis	Oman
Pakistani	Pakistan
Pakistanis	Pakistan
Palauan	Palau
Palauans	Palau
Palestinian	
Palestinians	
Panamanian	Panama
Panamanians	Panama
Papua New Guinean	Papua New Guinea
Papua New Guineans	Papua New Guinea
Paraguayan	Paraguay
Paraguayans	Paraguay
Pashtun	
Persian	
Peruvian	Peru
Peruvians	Peru
Pitcairn Islander	Pitcairn Islands
Polish	Poland
Portuguese	Portugal
Protestant	
Protestants	
Puerto Rican	Puerto Rico
Puerto Ricans	Puerto Rico
Qatari	Qatar
Qataris	Qatar
Republican	
Republicans	
Rohingya	
Romanian	Romania
Romanians	Romania
Russian	Russia
Russians	Russia
Rwandan	Rwanda
Rwandans	Rwanda
Sahrawi	Western Sahara
Sahrawis	Western Sahara
Saint Helenian	Saint Helena, Ascension and Tristan da Cunha
Saint Helenians	Saint Helena, Ascension and Tristan da Cunha
Saint Lucian	Saint Lucia
Saint Lucians	Saint Lucia
Saint Martin Islander	Saint Martin
Saint Vincentian	Saint Vincent and the Grenadines
Saint Vincentians	Saint Vincent and the Grenadines
Saint-Pierrais, Miquelonnais	Saint Pierre and Miquelon
Salvadoran	El Salvador
Salvadorans	El Salvador
Sammarinese	San Marino
Samoan	Samoa
Samoans	Samoa
Sao Tomean	São Tomé and Príncipe
Sao Tomeans	São Tomé and Príncipe
Saudi Arabian	Saudi Arabia
Saudi Arabians	Saudi Arabia
Scots	
Scottish	
Senegalese	Senegal
Serbian	Serbia
Serbians	Serbia
Seychellois	Seychelles
Shia	
Shiite	
Shiites	
Sierra Leonean	Sierra Leone
Sierra Leoneans	Sierra Leone
Sikh	
Sikhs	
Singaporean	Singapore
Singaporeans	Singapore
Slovak	Slovakia
Slovene	Slovenia
Socialist	
Socialists	
Solomon Islander	Solomon Islands
Somali	Somalia
Somalis	Somalia
South African	South Africa
South Africans	South Africa
South Georgian South Sandwich Islander	South Georgia
South Korean	South Korea
South Koreans	South Korea
South Sudanese	South Sudan
Soviet	
Spanish	Spain
Sri Lankan	Sri Lanka
Sri Lankans	Sri Lanka
St. Maartener	Sint Maarten
Sudanese	Sudan
Sunni	
Surinamer	Suriname
Swazi	Eswatini
Swazis	Eswatini
Swedish	Sweden
Swiss	Switzerland
Syrian	Syria
Syrians	Syria
Tadzhik	Tajikistan
Taiwanese	Taiwan
Tamil	
Tamils	
Tanzanian	Tanzania
Tanzanians	Tanzania
Texan	
Thai	Thailand
Thais	Thailand
Togolese	Togo
Tokelauan	Tokelau
Tokelauans	Tokelau
Tongan	Tonga
Tongans	Tonga
Tories	
Tory	
Trinidadian	Trinidad and Tobago
Trinidadians	Trinidad and Tobago
Tunisian	Tunisia
Tunisians	Tunisia
Turkish	Türkiye
Turkmen	Turkmenistan
Turkmens	Turkmenistan
Turks and Caicos Islander	Turks and Caicos Islands
Tuvaluan	Tuvalu
Tuvaluans	Tuvalu
Ugandan	Uganda
Ugandans	Uganda
Uighur	
Ukrainian	Ukraine
Ukrainians	Ukraine
Uruguayan	Uruguay
Uruguayans	Uruguay
Uyghur	
Uzbekistani	Uzbekistan
Uzbekistanis	Uzbekistan
Vatican	Vatican City
Vaticans	Vatican City
Venezuelan	Venezuela
Venezuelans	Venezuela
Vietnamese	Vietnam
Virgin Islander	British Virgin Islands
Wallis and Futuna Islander	Wallis and Futuna
Welsh	
Western	
Yazidi	
Yemeni	Yemen
Yemenis	Yemen
Zambian	Zambia
Zambians	Zambia
Zimbabwean	Zimbabwe
Zimbabweans	Zimbabwe"#;

/// Organisations: `name` or `short|full name`, one per line.
pub static ORGS: &str = r#"UN|United Nations
EU|European Union
Nato|NATO
NATO
IAEA|International Atomic Energy Agency
WHO|World Health Organization
IMF|International Monetary Fund
World Bank
WTO|World Trade Organization
OPEC
G7
G20
Asean|ASEAN
African Union
Red Cross
International Criminal Court
ICC|International Criminal Court
UN security council
UN Security Council
Security Council
European Commission
European Parliament
European Central Bank
ECB|European Central Bank
Unicef
UNICEF
UNHCR
Amnesty International
Human Rights Watch
Greenpeace
Interpol
Europol
White House
Kremlin
Pentagon
Downing Street
Elysee
Élysée
Congress
Senate
Parliament
Supreme Court
State Department
Foreign Office
Home Office
Treasury
Bundestag
Knesset
Duma
FBI
CIA
NSA
KGB
FSB
MI5
MI6
NHS
BBC
CNN
Reuters
AP|Associated Press
AFP|Agence France-Presse
Bloomberg
Fox News
Google
Apple
Microsoft
Amazon
Meta
Facebook
Twitter
Instagram
TikTok
YouTube
Tesla
SpaceX
OpenAI
Nvidia
Samsung
Toyota
Volkswagen
Boeing
Airbus
Hamas
Hezbollah
Taliban
Islamic State
Isis
ISIS
al-Qaeda
Al Qaeda
Wagner
Labour
Labour Party
Conservative Party
Democratic Party
Republican Party
Liberal Democrats
SNP
Sinn Féin
AfD
Fed|Federal Reserve
Federal Reserve
Bank of England
Nasa|NASA
NASA
Olympics
FIFA
UEFA
Premier League
Nasdaq
Dow Jones
Wall Street Journal
New York Times
Washington Post
Financial Times
Guardian
Times"#;

/// Given names: `name\tgender` with gender m, f or u, front coded.
pub static GIVEN_NAMES: &str = r#"0Aad	m
2fke	u
2ge	m
2re	m
3ne	m
4o	m
3o	m
4n	m
3re	m
3t	m
4i	f
2se	f
2tos	m
3to	m
2vo	m
1b	m
2ay	m
3z	m
2bas	m
3y	f
2dal	m
5la	m
7h	m
3el	m
5ilah	m
5lah	m
3o	m
4u	m
5l	m
3u	m
4l	m
5ah	m
5kadir	m
5la	m
7h	m
5medjit	m
4rrahman	m
3yl	m
2ed	m
4in	m
3er	f
3l	m
2ha	f
3ilasha	f
2id	m
3gail	f
3r	f
2la	f
2raham	m
1chille	m
7as	m
4m	m
2o	m
1d	m
2a	f
3m	m
4antia	f
2da	u
3olorata	f
2el	m
4a	f
5ide	f
4e	f
4heid	f
4ina	f
6e	f
6o	m
4ya	f
3m	m
2i	u
3l	m
4a	f
4e	f
3na	f
3s	m
4a	f
2mir	m
2nan	m
2olf	m
5as	m
5o	m
3mas	m
2ri	u
4aan	m
5n	m
6a	f
6o	m
5tik	m
4e	u
5n	m
6a	f
6n	f
7e	f
2vija	m
2y	f
1e	u
1fa	f
3q	f
3t	f
2et	f
2onso	m
2rim	m
3oditi	f
1gata	f
4ha	f
5i	f
2hvan	m
2im	m
3ta	f
2la	f
4ia	f
2nar	m
3e	u
4s	f
5a	f
5e	f
4ta	f
5e	f
5he	f
3ieszka	f
4ja	f
4s	m
2o	m
3n	m
3stinho	m
7o	m
2ris	m
4ta	f
3on	m
2shin	m
2ustina	f
1h	u
2aron	m
2mad	m
3ed	m
4t	m
2ti	m
3o	m
2uva	f
1i	u
2bek	m
2cha	f
2da	f
4n	m
4r	m
3een	f
2ga	f
4r	m
5s	m
3erim	f
3ul	f
2ja	f
2katerini	f
3o	u
2la	f
3bhe	f
3een	f
3i	f
4sh	f
3sa	f
2man	u
3e	f
4e	f
3ilia	f
3o	m
2n	m
3a	f
4gul	f
4r	m
5s	m
3i	f
3o	u
3ur	f
5a	f
2ra	f
3e	f
4s	m
3i	f
2scha	f
3ha	f
3ling	f
6n	f
2ta	f
3en	f
2va	f
4r	m
5s	m
3i	f
4s	m
3o	f
2zhan	f
1jay	m
2din	m
2et	m
2it	m
2la	f
2rie	f
2she	f
1kaki	m
3ne	f
2bar	m
2emi	f
2i	u
3f	m
3hiko	m
5ro	m
3ko	f
3nori	m
3o	m
3ra	m
3va	m
2mal	m
4ral	f
2ram	m
3om	m
2sana	f
3el	m
5i	m
2ylbek	m
1l	m
2a	u
3a	m
4ttin	m
3in	m
3jos	m
3n	m
4a	f
3r	m
4i	m
5k	m
3sdair	m
4tair	m
2ba	f
4n	m
5a	f
3ena	f
4rt	m
6a	f
7s	m
6ina	f
8e	f
6o	m
6s	m
3i	m
4n	m
5a	f
6s	m
5o	m
3recht	m
3ulena	f
2cina	f
2da	f
3ijana	f
4n	m
5a	f
4s	m
3o	m
4na	f
2ec	m
3h	m
3jandra	f
8o	m
3ko	m
4per	m
4s	m
5andar	m
8er	m
8r	m
9a	f
9as	m
9e	m
9s	m
7teri	m
6s	m
5ei	m
6j	m
7s	m
6y	m
5i	m
3m	m
3n	m
4a	f
4ka	f
3sha	f
4ia	f
4ja	f
4sandra	f
9o	m
5ia	f
6o	m
5ja	f
5ya	f
4ya	f
3v	f
4tina	f
3x	u
4a	f
5n	m
6dar	m
7er	m
7r	m
8a	f
8e	m
8ia	f
9na	f
8os	m
8u	m
4ei	m
5j	m
5y	m
4i	m
5a	f
5os	m
5s	u
2f	m
3ija	f
4o	m
4ya	f
3ons	m
6as	m
6o	m
3red	m
6as	m
6o	m
2gimantas	m
4rdas	m
4s	m
2i	u
3a	f
4ksandr	m
9ra	f
6ei	m
7y	m
3bek	m
3ca	f
4e	f
4ia	f
4ja	f
3e	f
3ja	u
3k	m
4i	f
3ma	f
4e	f
4zhan	m
3n	u
4a	f
4e	f
3ona	f
3sa	f
4ha	f
5er	m
4on	f
4sa	f
4tair	m
3x	f
3ya	f
4e	f
3za	f
2jona	f
2ka	f
3et	m
5a	f
2la	f
4n	m
3en	m
3i	f
4son	f
3yson	f
2ma	f
4gul	f
4r	m
4s	m
4t	m
4z	u
3in	m
4r	m
5a	f
3udena	f
4t	f
5h	f
2o	m
3is	m
5ia	f
3jz	m
5ia	f
6j	m
7a	f
3k	m
3n	m
4zo	m
3yse	u
4zas	m
2p	m
3er	m
3honse	m
3o	m
2ta	f
4f	m
4n	m
3er	m
3in	m
3on	m
3ynai	f
6y	f
5bek	m
2un	m
3sh	m
2var	m
5d	f
5o	m
3ils	m
4n	m
5a	f
4s	m
3ydas	m
2win	m
3yn	m
2y	u
3ona	f
3son	f
4sa	f
2zira	f
1madeu	m
4or	m
3l	u
4ia	f
5ja	f
3nda	f
5ine	f
4i	f
3r	m
4ildo	m
4jit	m
4o	m
2ber	f
3ika	f
3rogio	m
2edeo	m
3en	m
4r	m
3l	u
4a	f
4ia	f
3r	m
2i	u
3e	f
3l	m
4a	f
3n	m
4a	f
5h	f
3r	m
4a	f
5n	m
3t	m
4a	f
5va	m
2mar	m
2non	m
2os	m
2paro	f
2ra	f
3ik	m
4t	u
2y	f
1n	u
2a	f
3bela	f
3hit	f
3ida	f
3nd	m
3r	u
4a	f
3stas	m
7ia	f
8ja	f
8o	m
9s	m
8ya	f
7sia	f
9ja	f
9ya	f
7ya	f
6zija	f
3t	f
4ol	m
6i	m
7e	u
7i	m
7j	m
8s	m
7y	m
6y	m
2ca	f
2da	f
3ers	m
3i	u
4s	m
3on	m
4r	m
3ra	f
5nik	m
4e	m
5a	u
6s	m
5e	m
6a	f
5i	m
6a	f
6na	f
5j	m
6a	f
6s	m
5s	m
5w	m
5y	m
4i	m
5an	m
7i	f
5es	m
5i	m
5j	m
6a	m
5s	m
5us	m
5y	m
4oniki	f
4us	m
4zej	m
3y	m
2e	u
3l	f
4a	f
4ia	f
5ja	f
5ya	f
3s	m
4ti	m
3ta	f
4e	f
4t	f
5e	f
2ge	m
4l	u
5a	f
5e	u
5ia	f
6ca	f
6ka	f
7i	f
6na	f
7e	f
6que	f
5o	m
6s	m
3hel	m
3ie	f
4olina	f
3us	m
2h	f
2i	f
3ca	f
4etas	m
3ela	f
5lo	m
3l	m
4a	f
3s	m
4a	f
3ta	f
4ta	f
2ja	f
4li	f
4na	f
3ela	f
4za	f
3u	f
4m	f
2k	f
3a	f
3e	f
4r	m
3ica	f
4e	f
2n	f
3Marie	f
3a	f
4bel	f
7le	f
4lisa	f
7e	f
4maria	f
3e	u
4gret	f
4ke	f
4li	f
6e	f
7s	f
8e	f
6se	f
5y	f
4marie	f
5ette	f
5ie	f
7k	f
8e	f
4t	f
5t	f
6e	f
3i	f
4ca	f
5k	f
4e	f
4ina	f
4ka	f
5ki	f
3unziata	f
3y	f
2ouk	f
2ri	u
2s	f
3a	f
3hu	f
3is	m
3si	m
2t	m
3a	f
4l	m
4nas	m
5ina	f
3e	m
4ro	m
3hea	f
4ony	m
5ula	f
3i	m
4ca	f
4gona	f
7i	f
3je	f
3o	m
4aneta	f
4ine	m
7tte	f
4n	m
5ela	f
7la	f
8o	m
6ta	f
5i	m
6a	f
6e	u
7tta	f
6ja	f
6na	f
7o	m
6o	m
7s	m
6s	m
6ya	f
5s	m
5y	m
4on	m
3ra	f
3s	m
3ti	m
3un	m
2u	f
3ar	m
3pam	m
6a	f
3radha	f
3sh	f
5avan	m
2var	m
2war	m
2ya	f
2zhela	f
6ika	f
3or	m
1oi	f
3bheann	f
3fe	f
1parna	f
2olonija	f
3stol	m
7os	m
2ril	f
1qif	m
1ra	m
3celi	f
3ksya	f
3m	m
4ais	m
3nka	f
3rat	m
3sh	m
3yik	m
2ben	m
5ita	f
4r	m
3nor	m
6e	f
2cadie	m
4ngelo	m
3hana	f
4ibald	m
5e	m
5l	m
2d	m
3a	u
4k	f
3ian	m
6a	f
4t	m
5a	f
2e	m
3g	m
3n	m
4d	m
3ti	f
3vik	f
2gjent	m
3o	m
3yro	f
2i	m
3adni	f
4n	u
5a	f
5e	f
5na	f
3e	m
4h	m
4l	u
5a	f
3f	m
4e	f
3ld	m
3na	f
3ola	f
3s	m
4tea	f
6idis	m
5idis	m
5otelis	m
2ja	f
4n	m
5a	f
3en	m
4ta	f
3ola	f
2kadi	m
6usz	m
6y	m
5y	m
2len	m
5e	f
4tte	f
3ind	m
6a	f
6o	m
2man	m
5d	m
6a	f
6o	m
6s	m
4s	m
3elle	f
4n	m
5ak	m
5d	m
5uhi	f
3i	f
4n	m
5da	f
6o	m
5e	f
2na	f
4ldo	m
4r	m
4ud	m
3e	m
3is	m
3o	m
4ld	m
6as	m
6s	m
2on	m
2pine	f
2qile	f
2sen	m
3hak	m
5luys	f
5vir	m
3im	m
2ta	f
4k	m
4n	m
4shes	m
4vazd	m
3em	m
3hur	m
3i	u
4om	m
4s	u
3o	m
3siom	m
3turi	m
3ur	m
5o	m
5s	m
4sh	m
3yom	m
2umugam	m
3n	m
4a	f
5salam	m
3syak	f
2ve	m
3i	m
4d	m
4nd	m
4s	m
3o	m
3ydas	m
2ye	m
4h	m
2zu	f
1sad	m
3f	m
3ko	f
3mi	f
3n	m
3ph	m
2cension	f
3hat	m
2el	f
3n	m
2ger	m
3har	m
2ha	f
4t	m
3er	m
3khen	f
3lee	f
5igh	f
5y	f
4ing	f
3ok	m
4t	m
3raf	m
3ton	u
3wani	u
2if	m
4a	f
3m	m
4ina	f
3ye	f
2ja	f
2kar	m
3hat	m
3o	m
2lan	m
4ug	f
3e	m
3lan	m
2ma	f
4a	f
3ir	m
2pasia	f
2qeri	m
2sad	m
4f	m
4n	m
3el	u
4m	f
5gul	f
4n	m
4r	m
4t	m
3i	u
4ja	f
4ya	f
3ja	f
3ma	f
5a	f
3unta	f
3ylbek	m
2ta	f
3ghik	f
3ra	f
4i	f
5d	f
5t	u
2uka	f
3man	f
1takan	m
3nas	m
6ka	f
2dhe	m
2hanasia	f
8os	m
3ina	f
2illa	m
3s	m
2le	m
3i	m
2suko	f
4mi	f
4shi	m
2tila	m
5io	m
2ushi	m
1ubrey	u
2d	f
3e	f
3ra	f
4ey	f
4ius	m
2gust	m
6a	f
6e	u
6in	m
8a	f
9s	m
6o	m
2ke	m
3je	f
3usti	m
2li	f
4kki	f
4s	m
2ne	f
2rel	m
5a	f
5ia	f
7n	m
6ja	f
6o	m
3ica	f
3ora	f
5e	f
2sma	f
3tin	m
4ra	f
5is	m
2tumn	f
1va	f
2do	m
2e	f
3lino	m
3ril	u
4y	u
3tik	m
5s	m
2i	m
3gail	f
4dor	m
3hai	m
3noam	m
3shai	m
6y	m
3tal	f
3va	f
2ni	m
2o	m
2raham	m
3il	f
3ohom	m
2tandil	m
4r	m
1xel	m
1ya	f
3ka	f
4o	f
3la	f
3n	m
4o	f
2can	f
2dan	u
3in	m
2elet	f
2fer	f
2gun	f
2han	m
2kut	m
2la	f
3in	f
2man	m
2nur	f
2sel	f
3un	f
2tan	f
3en	f
2umi	f
1za	f
3mat	m
3r	f
3t	m
2em	m
4ina	f
6e	f
3r	m
2im	m
4e	f
3z	m
4a	f
2ra	f
2usa	f
0Ba	m
2bken	m
2c	m
2dia	f
3ri	m
2e	m
2fti	m
4jar	m
2gdat	m
3rat	m
2hadur	m
4r	f
3jat	f
3ram	m
4ije	f
5ye	f
2iba	f
3la	f
4ey	f
2jan	f
3ram	m
4o	m
2khtiyar	m
4yt	u
3i	m
4r	m
3yt	m
2la	u
4chandran	m
4singam	m
3bir	m
3dev	m
4ur	m
4vin	m
3jinder	m
5t	m
3vir	m
3winder	m
3ys	m
2n	u
3g	u
3u	f
4shi	m
2o	u
2ptiste	u
2rak	m
3b	f
4ara	f
4ora	f
4ro	f
3dha	f
5ok	m
5yl	m
3ica	f
3rie	u
4y	m
3t	m
4holomew	m
4olomeo	m
5sz	m
3uch	m
3ys	m
2s	m
3el	m
4m	m
3har	m
4ir	m
4kim	m
3il	m
5io	m
4m	m
3karan	m
3sam	m
4el	m
5m	m
4im	m
3tien	m
2tsheva	f
3tista	m
3ya	f
2uke	u
4je	f
3rzhan	m
3yrzhan	m
2y	m
3an	f
3la	f
3ram	m
1e	u
2a	f
3t	m
4a	f
4e	f
4rice	f
6x	f
6z	f
2cca	f
3ky	f
2dri	m
5e	f
5ye	f
2ena	f
2ga	m
3o	m
3um	f
2har	m
5e	f
3ija	f
3rouz	m
4uz	m
3udin	m
2i	u
3but	m
2ka	u
3im	m
4r	m
3zod	m
2la	u
4l	m
3gin	f
3inda	f
3la	f
3ma	f
2n	u
3dt	m
3edetta	f
8o	m
5ict	m
8e	f
6kt	m
8as	m
8e	f
3gt	m
3iamin	m
4ta	f
5o	m
3jamin	m
3nie	m
4o	m
4y	m
3t	m
4e	f
3yamin	m
2om	u
2p	f
2qir	m
2rat	m
3end	m
3glind	f
4ur	m
3ik	m
4l	f
4na	f
4slav	m
4t	f
3k	m
3na	f
5deta	f
8t	f
9e	f
6ine	f
5rd	m
7a	f
7ino	m
7o	m
4d	m
4hard	m
4ice	f
5e	u
4t	m
3rin	f
4y	m
3t	m
4a	f
5lan	m
4ha	f
5e	f
5old	m
4il	m
4ram	m
6nd	m
4us	m
3yl	f
2sa	f
4r	m
5ta	f
3ik	m
4m	m
5a	f
3jana	f
3mir	m
6a	f
3nik	m
3sie	f
2th	f
4an	f
6y	f
3i	f
4na	f
3sie	f
4y	f
3te	f
4ie	f
5na	f
4y	f
5e	f
2ulah	f
2v	f
3erley	f
6y	f
2xhet	m
2yhan	f
3za	f
1hajan	m
3rti	f
2upinder	m
1iagio	m
3nca	f
3o	u
2bi	f
2ch	f
2en	m
2lal	m
3ge	f
3jana	f
3l	m
4ie	f
4y	m
3yana	f
2n	u
3g	u
3h	u
3yamin	m
2rcan	f
3ger	m
4ir	m
5t	f
6t	f
7a	f
7e	f
3kir	m
3na	f
3ol	m
3sen	f
3ta	f
4e	f
4he	f
3uta	f
2ser	m
5ka	f
3ser	m
3tra	f
2tten	f
1jarke	m
5i	m
4ne	m
6y	f
5i	m
4tmar	m
5ur	m
2orn	m
1laga	f
4ica	f
4oj	m
6a	m
6e	m
5rodna	f
3ine	m
4r	u
3ke	m
3nca	f
5he	f
4dine	f
4ka	f
3s	m
2edar	m
3ndi	m
3rim	m
5na	f
4ta	f
1o	u
2az	m
2b	m
3an	m
3bi	f
5e	u
4y	m
3i	m
3ur	m
2dil	f
3o	m
2gdan	m
6a	f
3i	m
3omir	m
2hdan	m
3umil	m
7a	f
4slav	m
8a	f
2jan	m
5a	f
3idar	m
2k	u
2lat	m
3eslovas	m
2ncho	m
3g	u
3ita	f
3ka	f
3nie	f
2o	u
2ra	u
3ghild	f
8ur	f
3is	m
5av	m
5lav	m
8a	f
5s	m
4voje	m
3jana	f
3ka	f
4o	m
3o	m
3ut	m
3yana	f
4s	m
2siljka	f
2tagoz	f
3ir	m
2ushra	f
2yan	m
3d	m
3e	m
2zana	f
5ka	f
3hana	f
6ka	f
4idar	m
3idar	m
1racha	f
3d	m
4ford	m
4ley	m
4y	m
3gi	m
3m	m
3ndi	f
5on	m
5y	f
4e	m
4imir	m
5slav	m
9a	f
4ka	f
5ica	f
5o	m
3tislav	m
2eanna	f
3da	f
3eda	f
3ki	m
3nda	f
6n	m
4t	m
3t	m
4t	m
2ian	m
5a	f
5na	f
3ce	m
3dget	f
7te	f
4ie	f
3ghid	f
4id	f
5ta	f
6ta	f
7e	f
3kena	f
3t	f
4a	f
4ney	f
4t	u
5a	f
6ny	f
5ney	f
2ock	m
3nislava	f
9as	m
7ovas	m
5us	m
4wen	f
3oke	f
3r	m
2uce	m
3na	f
4hilde	f
4ilda	f
4o	m
2yan	m
5t	m
3ce	m
3n	m
4hildur	f
4ja	f
6r	m
1u	u
2ddy	m
3imir	m
2jar	m
2ket	f
3urie	f
6je	f
2lat	m
2m	m
2n	u
2rak	m
3buqe	f
3cu	f
3han	m
3im	m
3khard	m
2se	f
3hra	f
1yeong	u
2lgja	f
2ong	u
3ung	u
2ron	m
2ung	u
0Caetano	m
2fer	m
2i	u
3tlin	f
5yn	f
2leb	m
3lie	f
3ogero	m
3vin	m
2m	u
3elia	f
4ron	m
3illa	f
6e	f
6o	m
5o	m
2n	u
3an	f
3dace	f
4ice	f
5da	f
6o	m
4y	f
3er	m
3h	m
3su	f
2o	u
3imhe	f
2ra	f
3ey	u
3idad	f
4n	f
5a	f
5e	f
4ssa	f
3l	m
4a	f
4o	m
5s	m
4ton	m
4y	f
3mel	u
6a	f
6ina	f
6o	m
5n	f
4ine	m
3ol	u
5a	f
5e	f
5ien	f
6n	f
7a	f
7e	f
5us	m
5yn	f
3rie	f
4oll	m
3son	m
4ten	m
3ter	m
3y	m
2sey	u
3imiro	m
3per	m
3sandra	f
4idy	f
5e	f
2talina	f
4rina	f
3erina	f
3hal	m
5rina	f
4erine	f
4leen	f
4rine	f
6ona	f
5yn	f
4y	f
3ia	f
3o	m
3rin	f
5ona	f
2vit	m
1ecelia	f
3il	u
5e	f
5ia	f
6e	f
6ja	f
3ylia	f
2dric	m
2es	m
2lal	m
3este	f
6ina	f
8o	m
3ia	f
4na	f
2m	m
3al	m
3il	m
5e	f
3re	f
2ngiz	m
3k	m
4a	f
3net	f
2ren	f
3i	u
2sar	m
5e	m
5ina	f
2vat	m
3det	m
2yhun	m
2zar	m
5y	m
1ha	u
3d	m
3e	u
3im	m
3n	u
4a	f
5h	f
5n	m
4dra	u
4g	u
4h	m
4na	f
4tal	f
3o	u
3ra	f
5lampos	m
5njit	m
4ikleia	f
7ia	f
5laos	m
5s	u
5ty	f
4lene	f
6s	m
5ie	m
6ne	f
5ott	f
8a	f
8e	f
5y	m
4maine	f
3se	m
4ity	f
3u	u
3va	f
5h	f
3ya	f
2elliah	m
4sea	f
6y	f
3n	u
4g	u
3ol	u
4n	u
5g	u
3ri	f
5e	f
4ry	f
4yl	f
3ster	m
3yenne	f
2haya	f
2i	u
3aki	f
4ra	f
3e	f
4ko	f
4n	u
4u	u
3haru	f
4iro	f
3ka	f
5ko	f
3n	u
4giz	m
4h	m
3sato	f
3tra	f
3zuko	f
5ru	f
2loe	f
2o	u
3l	m
3n	u
4g	u
3o	u
4n	u
5g	u
2ris	m
5ta	f
6el	f
8le	f
7r	m
6i	f
7aan	m
8n	m
9a	f
9e	f
9ne	f
7e	f
8n	f
7n	f
8a	f
8e	f
6l	f
6odoulos	m
7f	m
8fer	m
8oros	m
7ph	m
9e	m
9er	m
7s	m
6y	u
3ysa	f
6nthi	f
5i	f
5oula	f
2u	u
3an	u
3ck	m
3l	m
3n	u
4g	u
3ong	m
3yen	u
1ian	m
3ra	f
5n	m
2han	m
2llian	m
2ndy	f
3zia	f
2prian	m
7o	m
2ril	m
3o	m
1laes	m
3ir	m
5e	f
3ra	f
4e	f
5nce	m
4ice	f
5ssa	f
4k	m
3s	m
3ude	m
6tte	f
5ia	f
6e	f
6ne	f
6o	m
6u	m
4s	m
3y	m
4ton	m
2elia	f
3mens	m
6t	m
7e	m
7ina	f
3o	f
3veland	m
2iff	m
5ord	m
4ton	m
3nt	m
5on	m
3ve	m
2odagh	f
3tilde	f
2yde	m
1o	u
2by	u
2dy	m
2en	m
2lby	m
3e	m
4tte	f
3in	m
3leen	f
5tte	f
4in	m
3m	m
3ton	m
3um	m
2n	m
3an	m
3cepta	f
5tta	f
3g	u
3ka	f
3nell	m
4i	f
5e	f
4or	m
4y	u
3or	m
3rad	m
3stance	f
7t	m
8in	m
9na	f
9no	m
7ze	f
4uelo	f
2r	m
3a	f
4l	f
5ie	f
3dula	f
3entin	m
4y	m
3iena	f
4na	f
5e	f
5na	f
6e	f
3mac	m
3nel	m
6ia	f
7s	m
7u	m
8s	m
3rado	m
4ie	f
4y	f
3y	m
2sima	f
5o	m
3min	m
3tache	m
5ntino	m
4el	m
4in	m
2urtney	f
1raig	m
2istea	f
5ian	m
8a	f
8o	m
6na	f
7el	m
2uz	u
2ystal	f
1saba	m
2illa	f
1tibor	m
1u	u
2c	f
2ong	m
2rt	m
4is	m
1veta	f
5n	m
6a	f
6ka	f
4elina	f
4ka	f
2ita	f
1ynthia	f
2ril	m
5le	u
0Da	u
2an	m
2c	u
3e	f
2e	u
2fina	f
5ka	f
3na	f
4i	f
2g	m
3finn	m
3mar	f
6a	f
3nija	f
5s	m
4y	f
3ur	m
2i	u
3ga	f
3ki	m
3na	f
4is	m
5us	m
3ra	f
3suke	m
4y	f
3va	f
2jana	f
2kota	m
2l	u
3al	f
3bir	m
3e	m
3i	f
4a	f
5h	f
4bor	m
4p	m
4t	f
4us	m
3jit	m
3las	m
3ton	m
2mian	m
6o	m
7s	m
4en	m
4jan	m
4lja	f
5ya	f
4r	m
5a	f
3jan	m
6a	f
3la	f
3on	m
3yan	m
2n	u
3a	f
4il	m
4ra	f
3cho	m
3e	m
3g	u
3h	u
3i	u
4ar	m
4ca	f
4el	m
6a	f
6e	u
6ius	m
6la	f
7e	f
4il	m
4jel	m
7a	f
4la	u
5o	m
4yar	m
3jela	f
3ka	f
4o	m
3ny	m
3te	m
3uta	f
3y	u
4lo	m
2o	u
2phna	f
5e	f
2ra	u
4gh	m
3cy	f
3dan	m
3e	m
4jan	f
3ia	f
4ga	f
4ja	f
4n	u
5a	f
5ka	f
4o	m
4us	m
6z	m
4ya	f
3ja	f
3khan	m
4o	m
3la	f
4ene	f
3nell	m
3ragh	m
4el	m
6l	m
5n	m
4i	m
5n	m
4yl	m
3win	m
3ya	f
4l	m
2shamir	m
4nor	m
2t	m
3o	m
2u	u
3let	m
3ren	m
3t	m
2ve	m
3id	m
5e	m
4na	f
5der	m
4t	m
3or	m
5in	m
5ka	f
3ron	m
3ut	m
3y	m
2wid	m
3n	f
1e	u
2an	u
4a	f
4na	f
5e	f
2b	u
3bie	f
4y	f
3ora	f
6h	f
3ra	f
2clan	m
2e	f
3p	f
4a	f
5k	m
4ika	f
4ti	f
2idre	f
3rdre	f
2jan	m
2lbert	m
3fim	m
3ia	f
3la	f
3ores	f
5is	f
3phine	f
2met	f
5rio	m
7us	m
3ir	m
2na	f
4da	f
3cho	m
3is	m
5a	f
5e	f
5s	m
4z	f
3ka	f
3nis	m
3ys	m
2ok	u
3linda	f
2rek	m
4nik	m
3ick	m
3k	m
3mot	m
3rick	m
3vo	m
3ya	f
2s	m
3anka	f
3imir	m
4ree	f
4slava	f
3mond	m
3pa	f
4ina	f
4oina	f
5t	m
3sislava	f
3tiny	f
2telina	f
3lef	m
5v	m
2vi	f
4n	u
5der	m
3on	u
4ra	f
6h	f
3rim	m
2wayne	m
3ey	m
2xter	m
2yan	m
2zider	m
1himiter	m
6raq	m
2ori	m
2urata	f
1i	u
2amantino	m
7o	f
3n	u
4a	f
4e	f
4na	f
5e	f
3rmuid	m
3s	m
2ck	m
2dem	f
3ier	m
4na	f
3zis	m
2edrich	m
3go	m
3m	u
3n	u
3p	f
3ter	m
4mar	m
4rich	m
3u	u
2jan	m
5a	f
2kla	f
2lan	u
4ra	f
4ver	m
3dora	f
3ek	f
3fuza	f
3ip	m
3lon	m
3murod	m
3noza	f
3shad	f
5od	m
3ya	f
5ra	f
4s	f
2ma	u
3cho	m
3e	m
3itar	m
5ra	f
6i	m
7e	m
7ja	u
8e	m
7na	f
7os	m
7s	m
7tchka	f
3ka	f
4o	m
3o	m
4sthenis	m
2na	f
4h	f
4ra	f
3eke	f
4sh	m
3g	u
3h	m
3ie	f
3jo	m
3ka	f
4o	m
3o	m
3u	m
3y	f
2ogo	m
3n	m
4isio	m
4ysia	f
7os	m
2rk	m
2ta	f
3te	f
2vna	f
3ya	f
2xie	f
2yan	m
5a	f
3or	m
1jamila	f
1mitri	m
6i	m
6j	m
7s	m
6y	m
5o	m
5y	m
2ytriy	m
5o	m
1o	u
2an	m
2bra	f
4e	m
4i	m
5la	f
5n	m
6a	f
6ka	f
5voje	m
4omila	f
7r	m
5sav	m
2c	u
2de	m
2ina	f
2lly	f
3ores	f
2magoj	m
3en	m
5ica	f
7o	m
3ingo	m
7s	m
5ic	m
7k	m
6k	m
7a	f
6que	u
3nica	f
2n	u
3a	f
4gh	m
4l	m
5d	m
4ra	f
4ta	f
6s	m
5ella	f
5o	m
3cho	m
3g	u
3ika	f
4yor	m
3jeta	f
3ka	f
3na	f
5cha	m
4cha	m
7dh	m
4ie	m
3ovan	m
2o	u
2ra	f
3een	f
4l	m
3ian	m
4en	f
4n	m
5a	f
5e	f
4s	f
4t	f
3jan	m
3on	m
4ta	f
5eja	f
5hea	f
7e	f
6y	f
5tya	f
3rit	f
3te	f
4he	f
3u	m
4ntina	f
2ug	m
4las	m
3we	m
2v	m
3id	m
2yle	m
1raga	f
5n	m
6a	f
4e	m
4i	m
5ca	f
5nja	f
4o	m
5ljub	m
5mir	m
5slav	m
9a	f
4utin	m
2en	m
3w	m
2ilon	m
3n	m
3ta	f
5n	m
4on	m
2or	m
1u	u
2ane	m
3rte	m
2bravka	f
7o	m
2c	m
2di	m
3ley	m
3u	u
2e	u
2je	m
3o	m
2k	u
2lce	f
4ie	f
2mitra	f
6u	m
2ncan	m
3g	u
3ja	f
2o	u
3c	u
3ng	m
2ran	m
3im	m
3k	m
3sun	m
2stin	m
2y	m
3en	f
3gu	f
1vora	f
1wayne	m
2ight	m
1ylan	m
3bere	f
2mpna	f
1ziana	f
5is	m
3dra	f
3mitry	m
3ntars	m
5ra	f
3yana	f
2mitri	m
6y	m
0Eamon	m
5n	m
2rl	m
3nest	m
1bba	f
3e	u
2erhard	m
2ony	f
2rahim	m
3u	f
1caterina	f
2e	f
3m	f
2khard	m
1d	m
2a	f
2da	f
3ie	m
3y	u
2e	u
3l	f
4traud	f
2gar	m
5d	m
5s	m
2hem	m
2ibe	f
3js	m
3k	m
3n	m
4a	f
3s	m
4a	f
4on	m
3t	f
4a	f
4h	f
2lira	f
2mond	m
3und	m
6as	m
6s	m
2na	f
2o	m
3ardo	m
3na	f
3uard	m
2uard	m
6a	f
7s	m
6o	m
6s	m
5t	m
2vard	m
6as	m
2ward	m
3ige	f
4n	m
5a	f
2yta	f
1emeli	m
2rik	m
3o	m
2va	f
1fe	m
2frosyni	f
2im	m
2raim	m
4t	f
2stathia	f
8os	m
4ratia	f
8os	m
2terpi	f
3halia	f
4ymia	f
7os	m
3im	m
3ychia	f
1gbert	m
2gert	m
2idijus	m
5o	m
3l	m
4l	m
4s	m
2lantina	f
3e	f
2on	m
4s	m
3r	m
2zon	m
5a	f
1ha	f
2ud	m
1igil	m
2ichi	m
2ja	f
3i	m
2ko	u
2la	f
3een	f
4rt	m
3ish	f
3t	m
2mear	f
2nar	m
5i	m
4t	f
3o	m
2r	f
3a	f
3ik	m
4ni	f
2tan	m
3hne	f
2vind	m
3or	f
1jnar	m
3er	m
2up	m
2vind	m
1ka	f
3terina	f
8e	f
8i	f
2in	f
2rem	m
1lad	m
4io	m
3ine	f
3na	f
3yathamby	m
2bert	m
2chin	m
3in	m
2da	f
4r	m
3in	m
3on	m
4r	m
2eanor	f
3ftheria	f
9os	m
3k	m
3n	f
4a	f
4e	f
4i	f
4ka	f
3onora	f
7e	f
2fa	f
4r	m
3ete	f
3i	f
3riede	f
2ga	f
3uja	m
2i	u
3a	f
4hu	m
4na	f
5e	f
4s	m
3ca	f
3da	f
4e	f
3e	m
4zer	m
3f	f
3isa	f
3jah	m
3melech	m
3n	f
4a	f
4or	f
3o	m
3ra	f
5n	m
3s	u
4a	f
5bet	f
8a	f
8e	f
8h	f
8ta	f
5vet	f
8a	f
4e	f
4ha	u
5eva	f
4savet	f
9a	f
3ta	f
3yahu	m
3za	f
5beta	f
8h	f
5veta	f
2jas	m
3on	m
2ka	f
3e	u
3han	m
2la	f
3e	f
4n	f
4rt	m
4s	f
3i	f
4e	f
4nor	f
4ot	m
6t	m
4s	u
3y	f
2ma	f
4n	m
4r	m
4s	f
4z	u
5e	f
3er	m
3ir	m
5a	f
3o	m
3urod	m
2na	f
4ra	f
3ur	m
2o	m
3die	f
3ise	f
3na	f
3y	m
2pida	f
2s	f
3a	f
3beth	f
3e	u
4beth	f
3had	m
5n	m
3ie	f
3peth	f
3y	f
2ton	m
2va	f
4n	u
5a	f
4r	m
3edin	m
7a	f
3i	f
4n	m
5a	f
4r	m
5a	f
5e	f
4s	m
3y	f
2xan	m
2za	f
1ma	f
3d	m
3noil	m
4uel	m
7a	f
7e	m
2bla	f
2el	f
4ie	f
3r	f
2i	f
3el	m
3ko	f
3l	m
4e	m
4ia	f
6n	m
7o	m
5e	f
6nne	f
5ja	f
5o	m
5ya	f
4y	f
3n	m
4a	f
4e	f
3r	m
4a	f
2ma	f
4nouil	m
5uel	m
8le	f
3erich	m
4t	m
5t	m
3y	f
2rah	m
3e	m
1na	f
2cho	m
2da	m
3el	m
4r	m
3la	f
3re	m
4i	m
5t	m
2e	f
3a	u
3ida	f
3s	m
2gelbert	m
3in	m
3jell	m
7ushe	f
2id	u
4a	f
3sa	f
2keleda	f
6jda	f
2n	m
3io	m
3o	m
2rica	f
5o	m
4que	m
7ta	f
2sio	m
2tela	f
2ver	m
2za	f
3o	m
1oghan	m
2in	m
1phraim	m
2p	f
1qerem	m
1ra	f
3ld	m
5a	f
3n	m
4da	f
3smia	f
2can	m
2dal	m
3em	m
2en	m
3z	m
2gin	m
3o	m
3ys	m
2han	m
4rd	m
2i	u
3c	m
4a	f
4h	m
4k	m
5a	f
3k	m
4a	f
4o	f
3n	f
4da	f
3ola	f
4n	m
3s	m
4elda	f
2ja	f
3ola	f
4n	m
5a	f
2kan	m
3i	m
4n	m
3ki	m
2la	f
4n	m
5d	m
3endur	m
3inda	f
5g	m
6ur	m
2ma	f
4l	m
4nno	m
3elinda	f
3in	m
5a	f
5ia	f
6o	m
4r	m
5a	f
2na	f
3est	m
6a	f
6ine	f
6o	m
6s	m
3ie	u
3st	m
3y	u
2ol	m
4l	m
2silia	f
4n	m
2tan	m
2vand	m
3ehe	f
3in	m
4s	m
2wan	m
3in	m
1sa	m
3d	m
3t	m
2ben	m
2en	f
2in	f
2ko	m
2ma	f
3e	f
4ralda	f
3ira	f
2pen	m
4ranza	f
2ra	f
2sam	m
3i	f
4e	f
2ta	f
3eban	m
4lla	f
6e	f
4r	f
5i	f
3her	f
3rella	f
2zter	f
1tela	f
4ka	f
4vina	f
2han	m
3el	f
4m	m
2i	f
3bar	m
3enne	m
2leva	f
2suko	f
2ta	f
3ore	m
3y	f
1udochia	f
2frosina	f
8ia	f
2gen	m
5e	m
5i	m
6a	f
6ja	f
7us	m
6o	m
6u	m
7sz	m
2i	u
2la	f
4lia	f
2n	f
3g	u
3ice	f
2phemia	f
2sebio	m
1va	f
3ld	m
5as	m
3n	m
4gelia	f
7os	m
4thia	f
2dokia	f
6ja	f
6ya	f
2e	f
3lien	f
5ina	f
5n	f
6a	f
6e	f
4yn	f
6e	f
3rett	m
4t	m
2gen	m
5i	m
6a	f
6j	m
7a	f
6y	m
7a	f
5y	m
3heni	m
2i	u
3ca	f
3ja	f
3s	m
3ta	f
2ren	m
2y	f
1wa	f
3ld	m
3n	m
2elina	f
2genia	f
1yal	m
2lem	f
2steinn	m
2tan	m
1zgi	f
2io	m
2ra	m
0Fabian	m
4en	m
6ne	f
4o	m
5la	f
3rice	m
5zio	m
2del	m
3hel	m
3i	m
4l	m
5a	f
4me	f
3wa	f
3y	m
2gan	m
2hd	m
3ri	m
5ja	f
5ye	f
4udin	m
2ig	m
4a	f
3k	m
3sal	m
3th	f
2kete	f
2n	u
3g	u
3i	f
3ka	f
3nar	m
4ey	f
4ie	f
4y	f
3ourios	m
2rah	f
5naz	f
4naz	f
3es	m
3had	m
4od	m
3id	m
5a	f
4e	f
4je	f
4s	m
3ouk	m
3rux	m
3udin	m
4k	m
2ta	f
3bardha	f
3ema	f
5eh	f
4n	f
3ih	m
4ma	f
6h	f
5e	f
4on	m
3jon	m
6a	f
3ma	f
4e	f
5h	f
4ir	m
6a	f
6e	f
3os	u
2ustino	m
5o	m
2waz	m
3zi	m
2y	f
3e	f
4z	m
3sal	m
1ederica	f
7o	m
3ir	m
3or	m
2him	m
5e	f
3mi	m
2i	u
3m	m
2jzi	m
4o	m
2lice	m
5ia	f
7no	m
6dad	f
6ja	f
6ty	f
4ks	m
6as	m
4pa	f
5e	m
4sa	f
4x	m
2mke	f
2n	u
3g	u
2odora	f
2rda	f
4i	m
5nand	m
9o	m
8t	m
3enc	m
3gal	m
4us	m
3han	m
5t	m
3id	m
5a	f
5e	f
4ha	f
4t	m
4z	m
3nand	m
7a	f
7e	f
7o	m
3ruccio	m
4y	m
3uza	f
2tije	f
2vzi	m
2yza	f
1iach	m
2dan	f
3el	m
5ma	f
2gen	f
2kret	m
6a	f
4ije	f
5ye	f
2le	f
3ip	m
5a	f
5e	m
5pa	f
6o	m
7s	m
4z	f
3ka	f
3loreta	f
3ofteia	f
4mena	f
2nbarr	m
3n	m
4bogi	m
4ur	m
3ola	f
3tan	m
2odor	m
3na	f
4nuala	f
3rella	f
5nzo	m
2qirete	f
5i	m
2ra	f
4s	m
3devs	f
3uz	m
5a	f
2snik	m
2tim	m
3nete	f
3ore	f
1jolla	f
1lamur	m
3via	f
5o	m
2emming	m
3ur	f
2oare	f
6a	f
3ra	f
4ea	f
5nc	m
7e	f
7ia	f
8o	m
6t	m
7in	m
9a	f
9o	m
4ian	m
5ca	f
5e	f
5je	f
5m	m
5n	m
6a	f
6da	f
3yd	m
2utura	f
1ocko	m
2kke	m
2lke	u
5rt	m
2ns	m
2rrest	m
3tunato	m
2teini	f
3ini	f
4os	m
4s	m
2uad	m
1ragkiskos	m
3n	u
4c	m
5a	f
5e	u
6s	u
7c	m
8a	f
8o	m
5i	u
6en	f
6ne	f
6s	u
7c	m
8a	f
8o	m
8us	m
7zek	m
5k	m
5o	m
4e	m
4jo	m
4k	m
5a	f
5ie	u
5lin	m
5y	m
4o	m
4s	m
4z	m
5iska	f
3ser	m
3uke	f
2ed	m
4a	f
4die	m
5y	m
4e	m
5ric	m
8k	m
8o	m
7k	m
4i	m
4rick	m
6k	m
4y	m
3ek	m
3ideriki	f
3rich	m
3yja	f
4r	m
2ida	f
4eriki	f
4olin	m
4rich	m
3eda	f
5erike	f
5helm	m
5rich	m
3gyes	m
3ts	m
4z	m
2ode	m
3ukje	f
2unze	m
3zsina	f
1u	u
2ad	m
3t	m
2lvia	f
5o	m
3ya	f
2miaki	m
4e	f
4ko	f
4o	m
4yo	f
2nda	f
2rkan	m
5t	m
2sako	f
0Gabi	u
3riel	m
7a	f
7e	u
7la	f
8e	f
5jela	f
3y	f
2d	m
2etana	f
6o	m
2fur	m
2gik	m
2i	u
3da	f
3l	f
3ni	f
2l	m
3e	f
3ia	f
4na	f
4t	f
4ya	f
3ja	f
3ust	m
3ya	f
4m	m
5zhan	m
4na	f
2mze	f
2n	u
3cho	m
3g	u
3i	m
4mete	f
3ka	f
3na	f
2regin	m
4th	m
3ik	m
3land	m
3nik	m
3relt	m
5t	m
6t	m
4y	m
3y	m
4falia	f
2spar	m
6e	m
3ton	m
2tis	m
2ukhar	f
3tam	m
4i	m
2van	m
3in	m
3ril	m
2y	f
3ane	f
3le	f
3nor	f
2ziz	m
3mend	m
1e	u
2a	f
2bhard	m
2dalia	m
3iminas	m
2ert	m
5je	f
3ta	f
2gam	m
3ham	m
2ir	m
2jza	m
2ke	f
2la	u
3u	m
2ma	f
3ma	f
2na	u
3c	m
4i	m
3e	m
4va	f
5ieve	f
3g	u
3nadi	m
7j	m
7y	m
6y	m
5ro	m
3oveva	f
4wefa	f
3rikh	m
3t	m
4i	m
5an	m
7a	f
4jan	m
2off	m
5rey	m
3rg	m
5e	u
6s	m
6ta	f
7te	f
5i	m
6a	f
7na	f
6i	m
6j	m
6na	f
6os	m
6y	m
5s	m
5y	m
2r	u
3aint	m
4ld	m
6ine	f
4rd	m
6a	f
6ine	f
6o	m
6us	m
4simos	m
3ben	m
3d	u
4a	f
4ien	f
3gana	f
4ely	m
4ina	f
3hard	m
7ine	f
3li	f
5nde	f
3main	m
7e	f
5n	m
6a	f
6o	m
3not	m
3old	m
3rie	f
5t	m
4y	m
3shon	m
3t	u
4a	f
4i	u
5e	f
4raud	f
8e	f
5ud	f
7e	f
3win	m
2sa	f
3ine	f
3tur	m
2ta	f
2un	u
2vorg	m
5k	m
1hada	f
3ssan	m
3zi	m
2enadie	m
3orghe	m
3rghina	f
2ida	f
3na	f
3slain	m
8e	f
2olam	m
2ulam	m
1i	u
2a	u
3c	m
4omina	f
6o	m
3mpaolo	m
5iero	m
3n	m
4carla	f
8o	m
4franco	m
4g	u
4luca	m
6igi	m
4na	f
5i	m
6na	f
6s	m
5oula	f
3o	f
2deon	m
2edrius	m
2ga	m
2js	m
2l	u
3a	f
3bert	m
7e	f
7o	m
3da	f
3es	m
3les	m
4ian	f
2na	f
3ette	f
3ger	f
3ka	f
3o	m
3ta	f
5ras	m
5utas	m
4s	m
2oacchino	m
3rdano	m
4gi	m
6o	m
7s	m
3vanna	f
7i	m
8na	f
2rolamo	m
2sela	f
5la	f
3sur	m
2ta	f
3te	f
5l	f
2ulia	f
6na	f
7o	m
5o	m
3seppa	f
7e	m
7ina	f
2vi	m
2zela	f
5la	f
4m	f
1jergj	m
6i	m
2in	m
4ovefa	f
2oko	m
3n	m
3re	m
4gje	m
6i	m
7ja	m
3valin	m
1ladys	f
2eb	m
3n	m
4da	f
4n	m
5a	f
4ys	f
2igor	m
2oria	f
2yn	f
4is	f
4n	m
1o	u
2bnait	f
2ce	m
3ha	m
2dfrey	m
3win	m
2gi	m
2har	f
2jko	m
2lda	f
2n	u
3ca	f
3g	u
3nie	f
4y	f
3zalo	m
2o	u
2pal	m
2r	m
3an	m
4zd	m
3dan	m
6a	f
4on	m
3ica	f
3m	m
2spodin	m
2ttfried	m
1race	f
4ie	f
5ja	f
5nda	f
3dimir	m
4y	m
3eme	m
3ham	m
6e	m
3ine	f
3moz	m
3nit	m
4t	m
3zia	f
6no	m
5ela	f
7la	f
2eet	f
5je	f
3g	m
4a	m
4g	m
4or	m
6ia	f
7o	m
6y	m
3sa	f
3ta	f
4chen	f
4e	f
4ha	f
5e	f
3zzju	m
2ietje	f
3gol	m
5r	m
6e	m
6i	m
7i	m
7j	m
8s	m
7os	m
7y	m
6y	m
3selda	f
4ha	m
3t	f
2o	f
2y	f
3gorii	m
7j	m
6y	m
2zegorz	m
1u	u
2adalupe	f
3n	u
4g	u
2dmund	m
3run	f
2errino	m
2glielmo	m
2ido	m
3lherme	m
8ina	f
4laume	m
5ermo	m
2k	u
2la	f
4r	f
5a	f
3banu	f
3ja	f
3l	f
3mira	f
3nar	f
6a	f
5z	f
4ur	f
3shan	f
6ra	f
3ya	f
3zar	u
4han	f
2n	u
3a	f
4ratnam	m
4y	u
3borg	f
3da	f
5rs	m
4ega	f
3el	f
3hild	f
3illa	f
4ta	f
3n	f
4ar	m
4el	f
4hildur	f
4laugur	m
3ta	f
5rs	m
4er	m
4is	m
3vor	f
2o	u
2ram	m
3ban	m
5x	m
3charan	m
3dev	m
4ip	m
3gen	m
3i	f
4nder	m
3li	f
3mail	m
4eet	m
4it	m
3preet	m
2staaf	m
5f	m
5v	m
6e	m
6o	m
2us	m
2y	m
1vantsa	f
2ozden	m
1wang	u
2en	f
4da	f
5olen	f
7ine	f
7yn	f
2ilym	m
2yn	f
4eth	f
1ylfi	m
2u	u
3la	m
0Ha	u
2akon	m
2bib	m
5a	f
5e	f
2cer	f
2das	f
5sa	f
3i	m
3y	m
2e	u
2fiz	m
5e	f
3steinn	m
2gai	m
3it	f
2i	u
3dar	m
4er	m
3fa	f
5a	f
3k	m
3ley	f
3m	m
3tham	m
2jdar	m
3ime	m
3nalka	f
3redin	m
4i	f
5e	f
5ja	f
6e	f
5z	m
4udin	m
2k	u
3an	m
3i	m
4ja	m
3ob	m
4p	m
2la	f
3e	f
4y	u
3id	m
4l	m
4m	m
5a	f
5e	f
4na	f
4s	m
4t	m
3la	f
4ur	m
3uk	m
2mayak	m
3bartsum	m
3di	m
5ja	m
4o	m
3ed	m
4ed	m
3id	m
5e	f
4sh	m
4t	m
3let	m
3pus	m
3za	m
2n	u
3a	f
4di	f
4n	u
3dan	f
4e	f
3g	u
3h	f
3i	u
4fe	f
3na	f
5h	f
4e	f
5ke	f
5le	f
6ore	f
5s	m
4i	f
5e	f
4u	m
4y	f
3ora	f
3s	m
4peter	m
4ruedi	m
4ueli	m
3y	m
2o	u
2ralambie	m
5d	m
6s	m
6ur	m
3dev	m
4i	m
5p	m
4y	m
3i	m
4js	m
4s	m
3jinder	m
5t	m
3lan	m
4ey	m
3m	m
4inder	m
3old	m
4on	m
4un	m
3pa	f
5l	m
3ri	m
5e	m
6t	f
5son	m
4y	m
3tmut	m
4vig	m
4wig	m
3ue	f
4hiko	m
4ka	f
5i	m
5o	f
4mi	f
4n	m
4o	m
4tyun	m
3vey	m
4inder	m
2san	m
3ib	m
5a	f
5e	f
4me	f
4na	f
3mik	f
3na	f
4ija	f
3o	m
3san	m
4ina	f
2t	u
3eme	f
3ice	f
4xhe	f
3mane	f
3tie	f
3un	f
2u	u
3kur	m
2va	f
4sxon	f
3va	f
2xhere	f
4i	m
2y	m
3at	u
5i	m
5o	m
3dar	m
4en	m
5r	m
4n	m
3fa	f
3k	m
4az	m
3ley	f
3rettin	m
4i	m
5ye	f
4ulla	m
3tham	m
2zal	f
3bije	f
3el	f
3im	m
4r	m
1e	u
2a	u
3th	m
5er	f
2ba	f
2ctor	m
2di	f
4ye	f
3viga	f
5ka	f
3wig	f
3y	f
2e	f
2ge	f
2ide	f
5linde	f
5marie	f
4i	f
4run	f
4y	f
3ke	u
4i	m
4ki	m
4o	m
3mir	m
4o	m
3n	m
4e	m
5r	m
4i	u
4o	m
4rich	m
4z	m
2kla	f
3tor	m
3uran	m
2lder	m
3een	f
6a	f
4n	f
5a	f
5e	f
3ga	f
4e	m
4i	m
3i	f
4don	m
4na	f
3ju	f
3la	f
4e	f
5n	f
5vi	f
3ma	f
4er	m
4i	f
4ut	m
6h	m
3ve	f
4i	f
2nadzi	m
3drik	m
3g	u
3k	m
3na	f
5diy	m
6zy	m
4ie	f
5ng	m
4y	u
3ri	m
5eta	f
7t	f
8a	f
8e	f
5k	m
6as	m
6h	m
6ki	m
5que	m
8ta	f
4y	m
5k	m
6a	f
2on	u
2ra	f
3b	m
4ert	m
3dis	f
3ibert	m
3luf	m
3ma	f
5n	m
6n	m
4ien	f
5ne	f
6ia	f
3o	m
3ta	f
4ha	f
3wig	m
2ster	f
2ttie	f
4y	f
2ung	u
2y	u
1i	u
2ba	f
2cham	m
3ran	f
2dajete	f
4yet	m
3eaki	m
4kazu	m
5i	m
5o	f
4nori	m
4o	m
4toshi	m
4yo	m
5uki	m
2en	f
3p	m
3u	m
2ie	f
2karu	f
3met	m
2la	f
4l	u
4rio	m
5y	f
3da	f
4e	f
5gard	f
4igunnur	f
4ur	f
3ja	f
3ke	f
4ka	f
3lar	m
6y	f
4el	m
5vi	f
4y	f
3mar	m
4i	m
5r	m
4o	m
3trud	f
2mzo	m
2nd	f
4erk	m
3rich	m
5k	m
2qmet	m
2roaki	m
4e	f
4fumi	m
4kazu	m
5i	m
5o	f
4mi	f
6chi	m
6tsu	m
4nori	m
4shi	m
4taka	m
5o	m
4yasu	m
5uki	m
2sae	f
4ko	f
4shi	m
3ham	m
2tomi	f
4shi	m
2yam	f
1jalti	m
1lynur	m
1o	m
2a	u
3i	u
3n	u
4g	m
2c	u
2da	f
2e	u
2i	m
2lger	m
3ly	f
2mayoon	m
6un	m
5un	m
3er	m
2ng	u
2on	m
2pe	f
2race	m
3ia	m
3st	m
3tensia	f
2sein	m
3sain	m
4ein	m
2uda	f
3ssain	m
6m	m
5ein	m
2vhannes	m
2ward	m
1rachia	m
6k	m
5ya	m
3fn	m
5hildur	f
5kell	m
3ir	m
3nislav	m
4nar	m
4t	m
4ush	f
2efna	f
3inn	m
2ipsik	f
6me	f
3ska	f
4tina	f
5o	m
2und	f
2voje	m
1u	u
2a	u
3n	u
2bert	m
2da	f
3oishukur	m
2e	u
2gh	m
3i	m
3o	m
3ues	m
5tte	f
2i	u
2ld	f
4a	f
2mayun	m
3berto	m
3phrey	m
2n	u
3g	u
3ter	m
2ong	f
2riye	f
3shid	m
2sain	m
4m	m
4yn	m
3ein	m
4yn	m
3ni	m
5ja	m
3o	m
3sain	m
5m	m
4ein	m
2u	u
3b	m
2w	m
2y	m
3en	f
3nh	u
1wa	u
3n	m
4g	u
1yang	u
2e	u
3on	u
5g	u
2nek	m
2o	u
3n	m
4g	u
3ung	u
2ra	f
2sen	m
3ni	m
5je	f
2uk	u
3n	u
4g	u
0Ia	f
2cob	m
2in	m
2n	m
3a	f
3cu	m
1b	m
2en	f
2olya	f
2rahim	m
3o	m
2tisam	f
5sem	f
1chiro	m
1da	f
3jet	m
3lina	f
3n	m
2it	f
2o	m
2riz	m
1eva	f
1figeneia	f
6ia	f
2tach	m
3ikhar	m
1gal	m
2bale	f
5le	f
2nacio	m
4s	m
4tius	m
4z	m
5io	m
2or	m
4is	m
4s	m
1har	m
2no	m
2or	m
2san	m
1isakki	m
1k	u
2bale	f
2ue	f
3ko	f
3mi	f
3o	m
1l	m
2aha	f
3n	m
4a	f
3ri	m
5a	f
2cho	m
2da	f
4r	m
3efonso	m
2eana	f
3ktra	f
2ga	f
4r	m
3vars	m
2ham	m
5a	f
3om	m
2ia	u
4n	m
5a	f
4s	m
3e	m
3ja	m
5n	m
6a	f
3nka	f
3r	m
4a	f
4jan	m
7a	f
3ya	m
5n	m
6a	f
2ja	u
4z	m
2ka	f
3in	m
3ka	m
3o	m
2ma	f
4r	m
5i	m
3e	f
3i	u
4ra	f
2o	m
3na	f
2po	m
2qar	m
2se	f
2ya	m
4s	m
2ze	f
1m	u
2ad	m
3n	u
4ts	m
2bi	f
2er	m
2ke	f
2macolata	f
2ran	m
5e	f
3e	m
3ich	m
2tiaz	m
1n	u
2a	f
3ra	f
3s	f
2bal	f
2derjit	m
3ira	f
3ra	u
4ek	m
4it	m
3u	f
4lis	m
2e	u
3ke	f
3s	f
4a	f
4e	f
4is	m
4sa	f
3ta	f
3z	f
2g	f
3a	f
4lill	f
4r	m
3e	u
4borg	f
4gerd	f
4la	f
5ise	f
4mar	m
4r	f
3i	m
4mar	m
5undur	m
3mar	m
3o	m
3rid	f
3una	f
5n	f
4s	m
3var	m
4eldur	f
4i	m
2ha	f
2ita	f
2ka	f
3eri	f
2maculada	f
2na	f
2sa	f
2ta	f
4rs	m
3s	m
1oan	m
4a	f
4na	f
5is	m
2landa	f
3e	f
2n	m
3el	m
5a	f
2rdanis	m
2seb	m
3if	m
2ulia	f
1qbal	m
1ra	u
3da	f
3ida	f
3kli	m
6s	m
3na	f
2en	f
4a	f
4e	f
5usz	m
2fan	m
2ida	f
3na	f
4e	f
4i	f
4ka	f
3s	f
4a	f
3t	f
2ja	f
2ma	f
3eli	f
3gard	f
3traud	f
2o	u
3da	f
2vin	m
5g	m
2yna	f
1sa	u
3ac	m
4k	m
3bel	f
6l	f
7a	f
7e	f
3iah	m
3k	m
3m	m
4u	m
3o	m
3ura	f
2hai	m
3khan	m
2idoro	m
7s	m
4ro	m
2kandar	m
6er	m
3ra	f
2lam	m
2mael	m
4il	m
3et	m
5a	f
3ir	m
3o	m
2obel	f
3lde	f
2rael	m
2sa	m
4m	m
2uf	m
1ta	f
3i	m
3lia	f
4o	m
3mar	m
3y	m
2tai	m
2zhak	m
1ulia	f
5n	m
6a	f
4u	m
2rie	m
4i	m
1va	f
3ilo	m
3jlo	m
3n	m
4a	f
4e	m
4ka	f
4o	m
4s	m
3r	m
4s	m
3ylo	m
2elin	m
6a	f
3ri	m
3ta	f
4ta	f
2i	f
3ca	u
2ka	f
2o	m
3na	f
4e	f
4ne	f
3r	m
2y	f
1wan	m
2ona	f
1yad	m
1zabela	f
6la	f
3k	m
2chak	m
2et	m
4a	f
2hak	m
2tok	m
2udin	m
3mi	f
2zak	m
4t	f
0Ja	f
2ak	m
4ko	m
3n	u
4a	f
4ika	f
4us	m
3p	m
2ba	m
3bar	m
2c	m
3co	m
3ek	m
3inta	f
6o	m
3k	m
4ie	u
4son	m
4y	u
3lyn	f
3ob	m
5us	m
3queline	f
7yn	f
6s	m
5i	f
2d	m
3a	f
3e	f
3ranka	f
3vyga	f
3wiga	f
2e	u
2far	m
2gdish	m
3jit	m
3oda	f
2hongir	m
2i	u
3me	u
2ka	m
3e	m
3ob	m
4v	m
3ub	m
4p	m
2lal	m
3e	f
3mari	m
3oliddin	m
2mal	m
3es	m
3i	u
4e	u
4l	m
5a	f
6h	f
5ya	f
3shid	m
2n	u
3a	f
4ki	m
4r	m
3dre	m
3e	u
4k	m
4lle	f
4t	f
5a	f
5te	f
4z	m
3g	u
3i	m
4ce	f
4e	f
4na	f
5e	f
4s	u
3ja	f
3ka	f
4o	m
3n	u
4a	f
4e	u
5ke	f
5tte	f
4i	f
5e	f
4o	m
4y	u
3tcho	m
3usz	m
2queline	f
2red	m
3i	m
3kko	m
3l	m
4e	m
3mila	f
4o	m
3nail	m
4o	m
3oslav	m
8a	f
3rod	m
2sbir	m
3enka	f
6o	m
3har	m
3im	m
3min	u
6a	f
6e	f
6ka	f
3na	f
3on	m
3per	m
3sim	m
5r	m
3ur	m
3vinder	m
5r	m
3want	m
4inder	m
2tinder	m
2veed	m
3id	m
4er	m
2wad	m
3eed	m
3id	m
2y	m
3a	f
3ne	f
3son	m
1e	u
2a	u
3n	u
4a	f
4et	f
6t	f
7e	f
4ie	f
5ne	f
4ne	f
6t	f
7te	f
5ie	f
6ne	f
5ot	m
5y	f
2e	u
2f	m
3f	m
4ery	m
4rey	m
5y	m
2gor	m
2had	m
3ona	f
3uda	m
2katerina	f
3o	m
2la	f
3ena	f
3ica	f
4saveta	f
3jazka	f
7o	m
3ka	f
3le	m
2mal	m
3ma	f
2ni	f
4ca	f
4fer	f
3na	f
4et	f
4i	f
5e	f
5fer	f
4y	f
3s	m
2ong	u
2ppe	m
2rald	m
3e	m
4miah	m
5y	m
3i	f
3ko	m
3lan	m
3maine	m
3nej	m
6a	f
3oen	m
4me	m
4nimo	m
3ri	f
4y	u
3zy	m
2s	m
3mond	m
3per	m
3s	m
4e	m
4ica	f
5e	u
5ka	f
3us	m
2t	f
3a	f
3chka	f
3mir	m
6a	f
3on	m
3te	f
2ung	u
2vgeni	m
7a	f
7j	m
8a	f
8s	m
7y	m
2wel	f
3genij	m
2yakumar	m
4rajah	m
3hun	m
1i	u
2a	u
3n	u
4g	u
2e	u
2had	m
4n	m
2ll	f
4ian	f
2m	m
3mi	m
5e	m
4y	m
2n	u
3dra	f
3g	u
2ro	m
2t	m
3ka	f
2vka	f
4o	m
1o	u
2Ann	f
2achim	m
3kim	m
3n	u
4a	f
4n	f
5a	f
5e	f
6s	m
3quim	m
6na	f
2celyn	f
7e	f
3hen	m
2di	f
4e	f
3y	f
2e	m
3l	m
3p	m
3ri	m
3y	m
2ginder	m
2han	m
5n	m
6a	f
6e	f
7s	m
3n	m
4athan	m
4nie	m
5y	m
4y	m
2ke	f
2lana	f
5da	f
6e	f
5ta	f
3ene	f
3ien	f
2n	m
3as	m
4than	m
6on	m
3g	u
3i	u
4da	f
3na	f
4y	m
3uz	m
2o	u
3n	u
4as	m
4g	u
3p	m
3st	m
2ra	f
3dan	u
6ka	f
4i	m
3gaq	m
4e	m
4ji	m
4o	m
3ida	f
4s	m
3ma	m
3un	f
5n	f
2s	m
3e	u
4f	m
5a	f
5in	f
7a	f
7e	f
4p	m
5h	m
6ine	f
4tte	f
3hua	m
3iane	f
6ne	f
4e	u
4f	m
4p	m
5a	f
3o	m
3tein	m
3y	f
2uko	m
3mana	f
3ng	u
4i	m
2van	m
5a	f
5ka	f
3cho	m
3ica	m
3ka	f
3o	m
2y	u
3ce	f
2zef	m
5a	f
3o	m
1u	u
2an	u
4a	f
4ita	f
2de	u
3it	f
5a	f
5e	f
5h	f
3y	f
2e	u
2ha	m
4n	m
5a	m
5i	m
3o	m
2kka	m
2les	m
3ia	f
5n	m
6a	f
6e	f
6na	f
7e	f
4e	f
5anne	f
5n	m
6ne	f
5t	f
6a	f
6ta	f
7e	f
4ja	f
6n	m
7a	f
4nda	f
4o	m
4us	m
6z	m
4ya	f
6n	m
7a	f
3ya	f
2mana	f
6h	f
2n	u
3e	f
3g	u
3ichi	m
7ro	m
3ji	m
3ko	f
3ya	m
2ozapas	m
5s	m
2raj	m
3e	m
3gen	m
4is	m
5ta	f
3i	u
4ca	m
4j	m
5s	m
5us	m
4s	m
4y	m
3o	m
2so	m
3ra	f
3si	m
3ta	f
4in	m
6a	f
7s	m
6e	f
4o	m
4yna	f
3uf	m
2ta	f
3ta	f
2ul	f
2zefa	f
1yoti	f
2ri	m
3ki	m
2tte	f
0Kaan	m
3rel	m
4i	f
5na	f
4le	m
5o	m
2der	u
3i	f
4r	m
5a	f
3ri	u
5e	f
5ja	f
5ye	f
2i	u
3a	f
3di	f
4o	m
3e	f
3ja	f
3no	f
3rat	m
4e	f
4i	f
3s	m
4a	f
4u	f
3tlin	f
5yn	f
2j	m
3a	f
3sa	f
2kha	m
5ber	m
2la	f
3eb	m
4rvo	m
4v	m
5a	m
5i	m
3ina	f
5ka	f
3ju	m
3le	m
4iopi	f
5rroi	f
3mer	m
3pana	f
3trina	f
3vis	m
3yan	m
2ma	f
4l	m
5a	f
6nathan	m
5jit	m
3ber	m
3el	m
5ia	f
6ja	f
6ya	f
4n	m
3il	m
5a	f
5e	f
5la	f
5ya	f
3la	f
4esh	f
3ma	f
3o	m
4liddin	m
3ran	m
2n	u
3a	f
4e	f
4galingam	m
6ratnam	m
6sabai	m
4ko	f
4pathipillai	m
4t	m
3dasamy	m
4iah	m
3g	u
3stantsin	m
2ori	f
4u	f
2ra	f
4pet	m
3eem	m
4l	m
4n	u
3i	u
4m	m
5a	f
4n	f
5a	f
5e	f
4tas	f
3l	m
4a	f
4en	m
4o	m
4ygash	f
3men	f
3o	m
4l	u
5a	f
5ine	f
3sten	m
3una	f
2sim	m
3pars	m
4er	m
3triot	m
2ta	f
4lin	f
4riina	f
6na	f
5zyna	f
3e	f
4lyn	f
4rina	f
5yna	f
3harina	f
8e	f
4erine	f
4leen	f
4rin	f
7e	f
5yn	f
4y	f
3i	f
4a	f
4ca	f
4e	f
3ja	f
3la	f
3re	f
4i	f
5ina	f
5n	f
6a	f
6e	f
3siaryna	f
4uhiko	m
7ro	m
5mi	m
5yuki	m
3ya	f
2uko	m
2vita	f
2y	u
3la	f
3o	f
4ko	f
2zimiera	f
9s	m
8z	m
3uaki	m
4e	f
4hiko	m
6ro	m
4ki	m
5o	f
4masa	m
5i	f
4nari	m
5ori	m
4o	m
4ya	m
5oshi	m
5uki	m
3ys	m
1e	u
2e	u
3s	m
2i	f
3ichi	m
3ji	m
4o	m
3ko	f
3suke	m
3ta	m
4h	m
2ld	m
3ley	u
4i	f
5e	f
4y	f
3sey	f
3vin	m
2mal	m
2n	u
3an	m
3dall	u
4ra	f
3ichi	m
3ji	m
3n	m
4eth	m
4y	m
3t	m
4a	m
5ro	m
3ul	f
2ranka	f
3em	m
4n	f
3li	f
3ri	f
4y	u
3sti	f
6n	f
3ttu	f
2tevan	f
3i	f
4l	m
3ty	f
2um	u
3n	u
2vin	m
2zban	f
3iban	f
1fir	m
1ha	m
3c	u
4hatur	m
5ik	m
3dija	f
6eh	f
3i	m
3led	m
4id	m
5l	m
3nh	f
3tuna	f
3yal	m
2oa	u
3i	u
2rystyna	f
1i	u
2en	m
3ran	m
2l	u
3ian	m
3lian	m
2m	u
3a	f
3berley	f
7y	f
3ete	f
3iko	f
3mo	m
2na	f
3ga	f
2ra	f
4n	f
3il	m
5l	m
3k	m
3o	m
3si	f
4ten	f
5i	f
6ne	m
5y	f
3yll	m
2tty	f
2yoko	f
4mi	f
4shi	m
1jartan	m
2eld	m
4l	m
3rsti	f
3til	m
1laas	m
3ra	f
3s	m
3us	m
3vdija	f
2emen	m
2odian	m
7a	f
1narik	f
2ud	m
3t	m
1oba	u
3i	m
3ra	f
3y	m
2en	m
2hei	m
2ichi	m
3t	m
2ji	m
2ki	m
2lbeinn	m
3e	m
3jo	m
3oman	m
3yo	m
2n	u
3rad	m
3stancija	f
7tin	m
9na	f
9nas	m
9ne	u
9nos	m
3ul	f
2ok	u
3s	m
2rnelia	f
3yun	m
2sta	m
5din	m
8ka	f
5ndin	m
5s	m
4yantin	m
8yn	m
3uke	m
2uichi	m
3suke	m
2zeta	f
3o	m
3ue	f
1rasimir	m
8a	f
4simir	m
9a	f
2enare	f
3shnik	m
2is	u
4hna	u
7pillai	m
4ta	f
6ps	m
6q	m
5el	u
6n	u
6r	m
5i	f
6an	m
6e	f
6ina	f
6jan	m
6n	f
7a	f
7e	f
7n	m
5jan	m
8a	f
5o	m
6f	m
6pher	m
5sina	f
5y	f
4ztina	f
2ste	m
2unoslav	m
3stju	m
5yu	m
2ystal	f
5ina	f
5sina	f
5yna	f
2zysztof	m
1senia	f
5ja	f
5ya	f
1u	u
2anysh	m
2i	u
2jtim	m
2k	u
2ldeep	m
4ip	m
3lervo	m
3want	m
2m	u
3ar	m
5i	f
3i	f
4ko	f
2n	u
3cho	m
3ihiko	m
4ko	f
2ralay	f
3t	m
2shtrim	m
3taa	m
3um	f
1vetoslava	f
1wan	u
4g	u
2i	u
2on	u
1y	m
2e	u
3ong	f
2le	u
3likki	f
2oko	f
3ng	u
3o	u
3ung	u
2riaki	f
6os	m
2u	u
3n	m
4g	f
0LaToya	f
2chezar	m
2da	f
3islav	m
8a	f
2etitia	f
2ila	f
3ma	f
4dota	f
4onis	m
3ne	u
2jos	m
2kshmi	f
2la	f
3e	f
3i	f
4ta	f
2m	m
3a	f
4n	f
3ia	f
4ja	f
3pros	m
2n	u
3a	f
3ce	m
2p	m
2ra	f
3isa	f
5sa	f
3ry	m
3s	m
3ysa	f
2sha	m
3se	m
2ta	f
3chezar	m
2ufey	f
3ma	f
3ra	f
4e	f
5l	f
5n	f
6ce	u
6t	m
5ta	f
4i	u
5e	f
5nda	f
5s	m
2vdie	f
3inia	f
3renti	u
2wrence	m
2xmi	f
2yla	f
2zar	m
3o	m
1e	u
2Roy	m
2a	f
3h	f
3nid	m
4ne	f
2ch	m
2e	u
3na	f
2fter	m
2i	u
3b	m
3f	m
4ur	m
3gh	f
3la	f
2jla	f
2la	f
3de	f
2mbit	m
2na	f
3ce	f
3e	f
3ka	f
3nart	m
2o	m
3kadia	f
7ja	f
3n	m
4a	f
5rd	m
7a	f
8s	m
7o	m
5s	m
4el	m
4id	m
6as	m
6ha	f
5e	f
4or	f
6a	f
4s	m
3pold	m
7ine	f
2pa	f
3osava	f
2roy	m
2sley	u
4ie	u
3ter	m
3zek	m
2ticia	f
4zia	f
2v	m
3an	m
3ent	m
3i	m
3on	m
2w	m
3is	m
2yla	f
1i	u
2a	f
3m	m
3n	u
4a	f
4e	f
4g	u
4na	f
5e	f
3t	f
2bor	m
2da	f
3ia	f
4ja	f
4ya	f
2em	m
3n	u
4e	f
3sbeth	f
4elotte	f
3ve	f
2gita	f
2ia	f
3na	f
3s	f
4a	f
3vi	f
2lach	f
3i	f
4a	f
5n	u
6a	f
6e	f
6na	f
4ja	f
4t	f
5a	f
4ya	f
3ja	f
5na	f
3l	f
4emor	f
4ian	f
5e	f
4y	f
3y	f
4ana	f
2mor	f
2n	u
3a	f
4s	m
3d	f
4a	f
4ita	f
4say	f
5ey	f
3e	f
3g	u
3h	u
3n	f
4ea	f
3o	m
2onel	m
3r	m
4a	f
2parit	m
2ran	m
3i	f
4dona	f
4je	f
2s	f
3a	f
3bet	f
6h	f
3e	f
4lotte	f
4tte	f
3si	f
2uba	f
4en	m
4ka	f
4omir	m
5v	f
3cija	f
3dmil	m
7a	f
4vika	f
8s	m
2v	f
3ia	f
4o	m
4u	m
2ya	f
2z	f
3a	f
3zie	f
1jerka	f
2iljana	f
2ube	m
5n	m
4ica	f
5nka	f
4ka	f
4o	m
5mir	m
5v	f
3dmil	m
7a	f
3pka	f
1lazar	m
2oyd	m
1oan	u
2c	m
2dewijk	m
2es	f
2gan	m
3i	m
2i	m
3s	u
2jze	m
2la	f
3ita	f
2ne	f
3g	u
3nie	u
2ra	f
3edana	f
4n	m
5a	f
5c	m
5zo	m
4ta	f
5ta	f
3i	f
3na	f
3raine	f
2thar	m
3ta	f
4e	f
4i	f
2u	u
3is	m
5a	f
5e	f
3kas	m
3rdes	f
1u	u
2an	m
3t	m
2bov	f
2c	u
3a	u
4s	m
3ette	f
3hezar	m
3ia	f
5n	m
6a	f
6o	m
4ca	f
4e	f
5n	m
6ne	f
4ja	f
4le	f
5le	f
4nda	f
4o	m
3jan	m
3y	f
2dmila	f
4yla	f
3o	m
4vic	m
3vik	m
3wig	m
5k	m
2igi	m
5a	f
5na	f
3s	m
4a	f
4e	f
3za	f
2ka	m
4s	m
3e	m
2ljeta	f
3zim	m
2mnie	f
5je	f
3turi	f
7e	f
2ong	u
2rdes	f
2sine	f
2tfi	m
3her	m
3z	m
2z	u
1y	u
2ailya	f
3zzat	f
2dia	f
4e	f
2kke	f
2le	m
2n	f
3da	f
3ette	f
3n	f
4e	f
3sey	f
2uben	m
4ka	f
4omir	m
5v	f
3dmil	m
7a	f
5yla	f
0Maaike	f
3ria	f
5t	f
4ja	f
4ten	m
2bel	f
2ciej	m
3kenzie	u
2dalena	f
3dalena	f
3eleine	f
5ine	f
3ge	f
3hu	f
3ina	f
4s	m
5on	f
3lena	f
3oka	f
3s	m
2e	f
3ve	f
2gali	f
6e	f
3da	f
5lena	f
4olna	f
3gie	f
4y	f
3ne	m
5a	f
4us	m
3omed	m
2ha	f
3di	m
3er	m
3ir	m
3mood	m
5ud	m
4ud	m
5t	m
2i	u
3a	f
3da	f
3e	f
3ja	f
3k	m
4e	f
5n	f
4o	u
3la	f
3r	f
4a	f
4e	f
4i	f
3sie	f
4y	f
3t	m
2j	f
3a	f
3britt	f
3da	f
3ella	f
3id	m
5a	f
3linda	f
3or	m
2ka	f
3bule	f
3i	f
4ko	f
3oto	m
3sat	m
4im	m
6s	m
4ym	m
2lcolm	m
3ene	f
3ik	m
5a	f
4n	u
3ka	f
4haz	m
3l	f
4e	f
3ou	f
2mi	f
4kon	m
3oru	m
3ta	f
3uka	m
2n	u
3abu	m
4mi	f
4na	f
3dy	f
3e	f
3fred	m
3h	m
3isha	f
3jit	m
4ola	f
4u	f
3oj	m
4n	f
4ochehr	m
8r	m
4uchehr	m
3soor	m
5ur	m
4ur	m
3ucher	m
4el	m
6a	f
4k	m
3vel	m
3zoor	m
2r	u
3a	f
4l	f
4t	m
3c	m
4el	m
6a	f
6ino	m
6la	f
7e	f
7o	m
4ia	f
5n	m
4o	m
5s	m
4us	m
3e	f
4k	m
5s	m
4n	f
4t	f
3ga	f
5ret	f
8a	f
8e	f
8ha	f
9e	f
6ida	f
7ta	f
4e	f
5ry	f
4herita	f
4ie	f
5t	f
6a	f
4o	f
5t	f
4reet	f
6t	f
7he	f
5iet	f
6t	f
7h	f
4uerite	f
5s	m
3i	u
4a	f
5m	f
5n	u
6a	f
6gela	f
6n	f
7a	f
7e	f
6o	m
4ca	f
4e	f
5ke	f
5lla	f
5ta	f
6ta	f
7e	f
4gona	f
4ja	f
6n	m
7a	f
5ka	f
6e	f
5ona	f
4ka	f
5o	f
4lena	f
5yn	f
4n	u
5a	f
5e	f
6la	f
5ka	f
6o	m
5o	m
4o	m
5n	f
5s	m
4s	f
5a	f
5ka	f
5ol	f
5sa	f
4t	f
5a	f
5ta	f
4us	m
6z	m
4ya	f
6na	f
5ka	f
3ja	f
5n	u
6a	f
6ca	f
5tta	f
4e	f
5ta	f
6ka	f
4o	u
5lein	f
5n	f
5rie	f
6y	f
4u	f
5kka	f
5t	f
3k	m
4andu	m
4etta	f
4ku	m
4o	m
5s	m
4us	m
3la	f
4een	f
5ne	f
4ies	f
5s	f
4oes	f
3sela	f
4ha	f
6ll	m
4ida	f
3t	m
4a	f
4einn	m
4ha	f
5e	f
6se	f
4ien	m
5jn	m
5n	m
6a	f
6e	f
4ti	m
4y	m
5n	m
3uta	f
3vin	m
3wan	m
3y	f
4am	f
5nn	f
4ia	f
4line	f
4na	f
4se	f
4vonne	f
3zena	f
4han	f
2saaki	m
4e	f
4fumi	m
4haru	m
5iko	m
6ro	m
4kazu	m
5i	m
5o	f
4mi	f
4nori	m
4o	m
4ru	m
4shi	m
4taka	m
5o	m
6shi	m
4ya	m
5o	f
5uki	m
3cha	f
3ha	f
3on	m
4od	m
5meh	f
4ud	m
5meh	f
3similiano	m
6o	m
4oud	m
3ud	m
4meh	f
5i	f
2te	m
4j	m
5a	f
3hew	m
4ias	m
5eu	m
5lde	f
3i	m
4as	m
4ja	m
4lda	f
6e	f
3ko	m
3o	m
3s	m
3t	m
4eo	m
4hew	m
5ias	m
6eu	m
6ldur	f
4i	m
5as	m
5e	f
2ud	f
3no	m
3ra	f
4een	f
4i	m
5ce	m
7tte	f
5zio	m
4o	m
2vis	f
2x	m
3at	m
3im	m
5e	m
5ilian	m
4ne	f
2y	f
3a	f
3u	f
4ko	f
4mi	f
2zal	f
3en	m
1e	u
2adhbh	f
2dina	f
2e	u
3lis	m
3na	f
5kshi	f
3ra	f
2gan	f
3han	f
3umi	f
2hdi	m
3man	m
4ed	m
5t	m
3o	m
3riban	f
3tap	f
2i	u
3ke	f
3r	m
4a	f
2jreme	f
2l	u
3ahat	f
4nia	f
6e	f
3ek	f
3ih	m
5a	f
4ke	f
4nda	f
4sa	f
5sa	f
4tta	f
3ody	f
3tem	f
3vin	m
4yn	m
2nachem	m
4hem	m
3del	m
3g	u
3no	m
3sur	m
3tor	m
2rab	m
4l	f
4v	f
3cedes	f
3edith	u
4te	f
3i	f
4ke	f
4ma	f
4ta	f
3ja	f
3le	u
3siha	f
3t	m
3ujan	m
4yert	f
3ve	f
4i	f
4yn	m
3y	f
4em	f
2sut	m
2ta	f
4net	f
3in	m
3ka	f
3odi	m
6ja	m
3te	f
2vlida	f
4ude	f
1her	m
1i	u
2a	f
3o	u
2cah	m
3hael	m
7a	f
5il	m
7o	m
5l	u
6is	m
5ylo	m
4eal	m
5l	m
6a	f
6e	u
6ina	f
8e	f
6le	f
4iel	m
5ko	f
5o	m
5yo	f
4oel	m
3k	m
4ael	m
2dhat	m
3ori	f
2e	f
3ke	f
4o	f
2gena	f
3lena	f
3uel	m
2ha	m
4el	m
6a	f
4i	m
5l	m
6o	m
6s	m
4jlo	m
4l	m
3hail	m
3kel	m
3o	u
2ia	f
2jo	m
2ka	u
4el	m
6a	f
4lai	m
6j	m
3e	u
4l	m
3hail	m
7o	m
5ylo	m
4eil	m
3i	u
4ko	f
3kel	m
4o	m
3ola	m
2la	f
4da	f
5in	m
4gros	f
4n	m
5ka	f
3cho	m
3da	f
4red	f
3e	m
4n	m
5a	f
5ija	f
5ko	m
4ta	m
4va	f
3ica	f
4ja	f
6n	m
7a	f
4sav	m
4voj	m
7e	m
3jan	m
4enko	m
3ka	f
4o	m
3oje	m
4mir	m
4rad	m
4sav	m
7a	f
5lav	m
8a	f
4van	m
3ton	m
3un	m
5ka	f
4tin	m
3vi	f
2moza	f
2n	u
3a	f
4ko	f
4s	m
3daugas	m
4el	f
4y	f
3e	f
4lla	f
3g	u
3h	f
3ka	f
3na	f
4ie	f
3oru	m
2oara	f
3drag	m
2ra	f
4dije	f
4lem	m
4n	m
5da	f
3cea	m
3dza	f
3eille	f
4la	f
5la	f
3ha	m
3i	f
4am	f
3ja	f
5m	f
6i	f
5na	f
3ko	m
3o	m
4ljub	m
4slav	m
8a	f
3sad	m
6a	f
3vat	f
4ete	f
3za	m
2sa	f
4ko	f
3ha	m
3ty	f
2tar	m
3chell	m
3e	m
3ja	m
3ko	m
3re	m
3suhiro	m
5ko	f
5o	m
5ru	m
5yo	f
2wa	f
2yoko	f
3uki	f
1krtich	m
1laden	m
6ka	f
1natsakan	m
1o	u
2dris	m
2gens	m
2hamad	m
5ed	m
5mad	m
6ed	m
4n	m
3inder	m
2ira	f
2jca	f
2llie	f
4y	f
2mir	m
3oko	f
2na	f
4h	f
3g	u
3ica	f
4ka	f
4que	f
3tserrat	f
2o	u
3n	u
2rag	f
3decai	m
6hai	m
5hai	m
3gan	u
3ris	m
3ten	m
2she	m
3tafa	m
2ti	m
3ti	m
2uhamad	m
6ed	m
6mad	m
7ed	m
3na	f
5h	f
4ir	m
3rad	m
3stafa	m
1u	u
2amer	m
4mer	m
2bariz	m
2hamad	m
5ed	m
6t	m
5mad	m
6ed	m
7t	m
4rem	m
5rem	m
3idin	m
2ireann	f
2jo	m
2kades	f
2n	u
3a	f
4war	f
3ir	m
5a	f
2rad	m
4t	m
3iel	f
6le	f
3ugesu	m
2sa	m
3hegh	m
3tafa	m
5pha	m
2zaffer	m
1y	u
2eong	u
2ftar	m
2khailo	m
5jlo	m
5ylo	m
3ola	m
6s	m
2ong	u
3ung	u
2ra	f
3iam	f
3on	m
3tle	f
2ung	u
1zia	f
0Na	u
2ama	f
2beel	m
3il	m
5a	f
2chman	m
3iye	f
2da	f
4rajah	m
3eem	m
4jda	f
4zda	f
5hda	f
3ia	f
4ca	f
4ja	f
4m	m
4ne	f
4re	f
4ya	f
3ja	f
3ka	f
3ya	f
3zeya	f
2eem	m
2fije	f
2galingam	m
2hid	f
3la	f
3oko	f
2ila	f
4ya	f
3m	m
4a	f
3ra	f
2jah	f
3i	m
4b	m
3la	f
3wa	f
2k	u
2lan	f
2m	u
3i	f
4g	m
4k	m
2n	u
3a	f
3cy	f
3g	u
3na	f
3uli	f
2o	f
3ki	m
4o	f
3mi	f
3to	m
3ya	m
4uki	m
2rek	m
3giz	f
6a	f
3inder	m
5e	f
3min	f
6a	f
2scimento	m
3eem	m
4r	m
3im	m
4r	m
3reen	f
4in	f
3ser	m
3tassia	f
2ta	f
4le	m
5ia	f
6e	f
6ia	f
6ja	f
6na	f
6ya	f
5ja	f
5lia	f
5ya	f
4scha	f
5ha	f
5ja	f
3ela	f
3halie	f
5n	m
6iel	m
3ia	f
4g	m
4vidad	f
3o	f
3suko	f
5mi	f
2um	m
2va	f
4ratnam	m
2xhie	f
2yla	f
2zan	f
4r	m
3eli	f
3gul	f
3ife	f
4m	m
4ra	f
3mi	m
5je	f
5ye	f
3zareno	m
1eal	m
3sa	f
2bahat	f
2cati	m
3hama	f
3la	f
3ulai	m
2d	m
3elcho	m
5ia	f
5ja	f
6ko	m
5ya	f
3iljko	m
4m	m
3jalka	f
7o	m
3ka	f
4o	m
3yalka	f
7o	m
2elam	f
4ima	f
3ra	f
3ta	f
2hat	m
2il	m
2jla	f
2l	f
3i	f
3la	f
4i	f
5e	f
4y	f
3son	m
3u	m
3ya	f
2manja	m
2nad	m
2riman	u
4tan	m
3min	u
6a	f
3ses	m
3tila	f
2slihan	f
3rin	f
2ta	f
3tie	f
2ven	m
5a	f
5ka	f
3ila	f
5le	m
4n	u
3zat	m
2xhat	m
4mije	f
1ga	f
3n	f
2hi	u
4a	m
4em	u
2oc	f
2uyet	f
1ha	f
3n	m
3t	m
2i	f
2u	f
3ng	f
1iall	m
3mh	f
2c	m
3hola	f
7s	m
6e	f
3k	m
4las	m
3las	m
3o	m
4la	u
6e	m
6i	m
6s	m
6y	m
5e	f
6ta	f
7ta	f
8e	f
3u	m
4lae	m
5ina	f
2els	m
3nke	f
3ves	f
2gar	f
3el	m
3ina	f
3ora	f
3yar	f
2had	m
5a	f
4l	u
4t	m
2ilo	m
3na	f
2jaz	m
2ka	u
3i	u
4ta	u
6s	m
3ki	f
3las	m
5us	m
3o	m
4la	u
6i	m
6j	m
7s	m
6os	m
6us	m
6y	m
5etta	f
5ina	f
7ka	f
5la	m
7q	m
5oz	m
2li	f
3ofar	f
4ofar	f
4ufar	f
3s	m
3ufar	f
2met	f
2na	f
3el	u
3g	u
3o	u
2r	m
3mal	m
2sha	f
3sim	m
2tzan	m
2zami	m
4r	m
1jazi	m
2omza	f
1oa	f
3h	m
3m	m
2boru	m
3uhiro	m
4ko	f
4o	m
4yuki	m
2dar	m
2el	m
4le	f
2ga	f
2llaig	f
2na	f
3na	f
2or	f
4a	f
4ia	f
2ra	f
4h	f
4ir	m
4yr	m
3bert	m
3een	f
3iaki	m
4k	m
5o	f
4o	m
4yuki	m
3ma	f
5n	m
6n	m
4unds	m
2ur	f
2vak	m
3ica	u
3o	m
2zomi	f
1uala	f
2bar	u
2gzar	m
2hi	m
2ne	f
3o	m
3zia	f
2r	f
3an	f
4y	f
3bol	m
3can	f
3ettin	m
3han	f
3i	u
4a	f
4t	f
4ye	f
3lan	m
6a	f
3ten	f
3zhan	m
2sret	m
1vard	f
0Oana	f
3h	f
1brad	m
1ctavian	m
1dd	m
3ur	m
3var	m
2ed	m
3ta	f
4e	f
4te	f
2ile	f
1fer	m
2ra	f
1ganes	m
2njan	m
4en	m
3yan	m
1h	u
1ili	f
2va	m
1k	f
2an	m
2sana	f
2tay	m
1la	u
3f	m
3n	m
3v	m
4i	m
2e	m
3g	m
3h	m
3ksander	m
8r	m
9a	f
5ii	m
6j	m
6y	m
3na	f
3sia	f
4ja	f
4sia	f
5ja	f
5ya	f
4ya	f
3v	m
3xander	m
7r	m
2ga	f
3ica	f
2ha	f
2impia	f
3ve	f
5r	m
6a	f
4ia	f
5er	m
2le	m
3i	m
2of	m
3v	m
2si	m
2wen	f
2zhas	m
1mar	m
2er	m
1na	f
2drej	m
2ik	m
2ni	m
2ur	m
1onagh	f
1ra	f
3zio	m
2en	m
2han	m
2it	f
2khan	m
2la	u
4ndo	m
3i	f
3y	f
2na	f
3ela	f
5la	f
2ri	m
2solya	f
2vokki	f
2xan	m
1sama	m
4u	m
2car	m
2kar	m
5i	m
5s	m
2man	m
3o	m
2nat	f
2sama	m
2valdo	m
6s	m
2wald	m
1ta	m
3bek	m
3kar	m
3r	m
2hmar	m
2is	m
2o	m
2t	m
3o	m
1urania	f
2sama	m
3sama	m
2ti	f
1ve	m
2idiu	m
1we	m
3n	m
1xana	f
1ya	f
1zan	m
0Paata	m
3vo	m
2blo	m
2ddy	m
2ige	u
2jtim	m
2l	u
3le	m
3mira	f
3oma	f
2m	f
3ela	f
2nagiota	f
8is	m
4jot	m
4yiota	f
8is	m
5ot	m
3deli	m
3telis	m
4o	m
2ola	f
4o	m
2ramjit	m
4scovia	f
5keva	f
8i	f
3isa	f
3minder	m
3vin	f
5z	m
2scal	m
6e	f
3i	m
3quale	m
7ina	f
2t	u
3rice	u
6ia	f
6k	m
5k	m
5zia	f
3sy	f
3ti	f
4y	f
2ul	m
4a	f
4e	f
5tte	f
4i	m
5en	f
5na	f
6e	f
5us	m
4o	m
4s	m
2vao	m
3el	m
3la	f
4e	m
4ina	f
4o	m
5s	m
3ol	m
2wel	m
2z	f
1earl	f
2ce	m
3o	m
2der	m
3ro	m
2ep	m
3ter	m
2ggy	f
2i	u
2kka	m
2lin	f
3lervo	m
2ncho	m
3elope	f
3g	u
3ka	f
3ny	f
3tti	m
2r	m
3cy	m
3ihan	f
4klis	m
3la	f
3nilla	f
7e	f
3o	m
3ry	m
3tti	m
2tar	m
3e	m
4r	m
3ja	u
3ko	m
3r	m
4a	f
5nka	f
5q	m
5s	m
4e	m
4i	m
5t	m
4o	m
5s	m
4u	m
5s	m
3ter	m
6i	m
3ya	u
1han	m
3t	m
2i	m
3l	m
4ip	m
6p	m
7a	f
7e	m
4lip	m
4omena	f
2ong	m
2u	m
3c	u
3ng	m
3oc	m
4ng	f
2yllis	f
1ia	f
2er	m
4a	f
4ina	f
6o	m
4luigi	m
4o	m
4re	m
6tte	f
3t	m
4er	m
4ro	m
2ia	f
2l	u
3ar	f
3le	f
2m	m
2nelopi	f
3g	u
2o	m
3tr	m
2ret	f
3jo	f
3kko	f
3o	m
4ska	f
3ro	m
2us	m
1jeter	m
2otr	m
1lamen	m
1nina	f
1oghos	m
2k	u
2l	m
3ad	m
3ina	f
3ona	f
3yxeni	f
2nniah	m
4uthurai	m
2oja	f
3nam	f
2ul	m
2vilas	m
1ranas	m
4vera	f
3tibha	f
2eben	m
3dag	m
4rag	m
3eti	f
3m	f
3ston	m
2iit	m
3mo	m
3scilla	f
4ka	f
3ya	f
1yotr	m
0Qamil	m
2ni	m
2zim	m
1emal	m
1i	u
2an	u
4g	u
3o	u
2n	u
3g	u
2ong	u
1uan	u
4g	m
2eenie	f
3ntin	m
2i	m
2n	u
2oc	m
2y	m
3en	u
4t	m
3nh	f
0Raanan	m
2bia	f
4h	m
2chael	f
4el	f
6le	f
2da	f
3e	m
4k	m
3i	m
4m	m
4sav	m
4voj	m
7e	m
3ka	f
3mila	f
3ojica	m
5ka	f
4mir	m
4sav	m
5lav	m
5tina	f
4van	m
3u	m
2e	u
2fael	m
3faele	m
7la	f
3i	m
4k	m
3n	m
2gip	m
3na	f
5r	m
4hild	f
8ur	f
2hel	f
3ime	f
2ido	m
3ja	f
3ko	m
3li	f
3mo	m
5ndas	m
7s	m
4und	m
7as	m
3n	m
4a	f
4er	m
3sa	f
3tis	m
3vis	m
4o	m
3zel	f
2j	m
3a	m
4n	m
3esh	m
3inder	m
3ko	m
3monda	f
3na	f
4i	f
2kel	f
4sh	m
2lf	m
4s	m
3ph	m
3uca	f
2m	m
3adan	m
4n	m
4z	m
5an	m
3esh	m
3i	m
4l	m
4n	m
4ro	m
4z	m
5a	f
3o	m
4na	f
3zi	m
2n	u
3a	u
3da	f
5h	f
5ll	m
4i	f
4o	m
5lph	m
4y	u
3i	f
4a	f
3jan	m
6a	f
4it	m
3ko	m
3nveig	f
2phael	m
2quel	f
2sa	u
3had	m
4id	m
4mi	f
3iah	m
4m	m
3ma	f
4us	m
3tislav	m
2tko	m
2uf	m
3ha	f
3l	m
3ni	f
4o	m
3shan	f
2vi	m
4nder	m
3shan	m
2y	m
3a	f
3ko	m
3mond	m
7e	f
3na	f
2zija	f
3mik	m
1ebecca	f
4kah	f
5ka	f
2cep	m
2em	f
3na	f
3t	f
2fael	m
3ik	m
3oel	m
2gina	f
6ld	m
5e	f
3ula	f
2i	u
3dar	m
4un	f
3jo	m
3ko	u
3n	u
4er	m
4hard	m
5old	m
4o	m
2kha	f
2mco	m
3igijus	m
3o	m
3zi	m
5ja	f
6e	f
5ye	f
2na	f
4t	m
5a	f
5e	f
5o	m
3e	u
4e	f
3u	f
3zo	m
2shat	m
2to	m
2uben	m
3t	f
3ven	m
2vaz	m
3ital	f
2x	m
3hep	m
2yhan	f
3nir	m
2za	m
4rta	f
1hona	f
4da	f
1i	u
2a	f
3d	m
3n	u
4ne	f
2cardo	m
3cardo	m
3hard	m
3k	m
4ard	m
4ey	m
4y	u
2dvan	m
2e	u
3ko	u
3t	f
2fat	m
2gmor	f
2hards	m
3o	u
2ikka	f
3na	f
3tta	f
2k	m
3a	f
3ke	f
2ley	m
2m	u
3a	f
4h	f
4ntas	m
4s	m
3ma	f
3vydas	m
2na	f
4t	m
3o	m
2sa	f
3to	m
2ta	f
3u	f
3va	f
2vka	f
5h	f
1oald	m
3r	m
2b	m
3bie	u
3ert	m
6a	f
7s	m
6o	m
6s	m
3in	u
5a	f
3yn	u
2cco	m
3hel	f
6le	f
2derick	m
3ica	f
3ney	m
3olfo	m
2el	m
4of	m
2gelio	m
4r	m
2isin	f
2k	u
2la	f
4nd	m
6as	m
6o	m
6s	m
3f	m
2ma	u
4in	m
6e	f
4n	m
5a	f
5o	m
4s	m
3en	m
4o	m
3ina	f
3uald	m
7a	f
8s	m
7s	m
4lus	m
2n	m
3ald	m
4n	m
3da	f
3en	m
3g	u
3i	m
4t	f
3nie	m
4y	m
3y	m
2ry	m
2sa	f
4lba	f
5een	f
5ia	f
6e	f
6nd	f
4nna	f
4ria	f
6e	f
6o	u
3e	f
4lla	f
4marie	f
7y	f
4n	m
4tta	f
6e	f
3ica	f
4e	f
4na	f
4tza	f
3marie	f
3s	m
4ana	f
4ella	f
5n	m
3tislav	m
3witha	f
2ula	f
3men	m
2vshan	m
2wschan	m
2xana	f
5ne	f
2y	m
2za	f
4lia	f
6ja	f
1u	u
2ben	m
3ik	m
3y	f
2chama	f
2di	m
4na	f
3olf	m
5ph	m
3y	m
2edi	m
2fat	m
2i	u
2khsana	f
3iye	f
2la	f
2men	m
3jana	f
3yana	f
2nak	f
3e	m
2pert	m
2si	m
3ka	f
3lan	m
6a	f
3sell	m
4i	m
3tam	m
4em	m
3udan	f
2t	f
3a	f
3h	f
4ie	f
2ud	m
2xandra	f
2zan	f
5na	f
3hdi	m
1yan	m
2o	u
3ichi	m
3ko	f
3ta	m
2szard	m
2uji	m
0Sa	u
2ad	m
4et	f
3ra	f
2bah	f
5eta	f
3ina	f
5e	f
3ri	m
5e	f
5je	f
5na	f
2chiko	f
2dete	f
3ie	f
4je	f
2e	u
3ed	m
3ko	f
2fa	f
3et	m
3iye	f
2grario	f
2har	f
2id	m
4a	f
3me	f
4ir	m
2kari	m
3en	m
3ib	m
2lah	m
4m	m
3eem	m
4h	m
4m	m
3i	m
4h	m
5a	f
4m	m
5a	f
3ko	m
3ly	f
3ma	f
4e	f
3ome	f
3tanat	f
3vador	m
5tore	m
4u	m
3wa	f
2m	u
3antha	f
4r	f
3er	m
3i	u
4a	f
4ja	f
4r	m
5a	f
6h	f
3my	m
3o	m
3ra	f
3uel	m
4li	m
3vel	m
3y	m
2n	u
3a	f
4a	f
4e	f
3da	f
4er	m
4i	u
5s	m
4ra	f
5ine	f
5o	m
4y	u
3ela	f
3g	u
4eeta	f
3ije	f
4ta	f
4ye	f
3ja	f
4eev	m
4in	m
3na	f
4e	f
3ta	f
4iago	m
5na	f
4o	m
5s	u
2ori	f
2ra	f
4h	f
4nda	f
3dor	m
3gis	m
3i	f
4t	f
5a	f
3kis	m
3ma	f
3oj	f
4lta	f
2scha	u
5o	m
3ha	u
4o	m
3kia	f
2tish	m
3nam	m
3oko	f
4mi	f
4ru	m
4shi	m
3u	f
2ul	m
4e	f
4ius	m
2va	u
4nnah	f
3erio	m
3iour	m
4ta	f
3o	m
3vas	m
2wsan	f
2yaka	f
3d	m
3ed	m
3uri	f
1chirin	f
3olpan	f
4rena	f
2ott	m
1e	u
2ad	m
3n	u
2bahate	f
4stian	m
9o	m
6jan	m
2da	f
4t	m
3igheh	f
2ema	f
2her	f
2id	m
3ichi	m
3ja	f
4i	m
3ko	f
2jad	m
2lahattin	m
3da	f
3im	m
4n	f
3lathurai	m
4iah	m
3ma	f
3varatnam	m
4ete	f
4ije	f
2ma	f
3en	m
3ih	m
5a	f
3ra	f
2na	f
4d	m
5a	f
3em	f
3ka	f
2o	u
3k	u
3n	u
4g	u
3samh	m
2ppo	m
2rafim	m
4p	f
3ban	m
3dar	m
3ena	f
3ge	m
5i	m
5j	m
6s	m
5y	m
4hei	m
4ii	m
5j	m
5o	m
5u	m
5y	m
4o	m
3hat	m
4ei	m
4iy	m
3ik	m
3kan	m
3pil	f
2sselja	f
2th	m
3suko	f
2ung	u
2va	f
4ra	f
3da	f
5lina	f
4ije	f
3gi	f
3il	f
5ay	f
4m	f
4nc	f
5j	f
2yed	m
3mur	m
3ran	f
1haban	m
3char	m
3di	m
3har	m
4in	u
4la	f
4naz	f
3i	m
4ndel	f
3lom	m
4va	u
3mil	m
3n	u
4e	m
4non	u
3ri	f
4on	u
3shi	f
3ul	m
4n	m
3varsh	m
3wn	m
5a	f
3y	m
4na	f
2eela	f
4na	f
4tal	f
3fqet	m
3ila	f
3lagh	f
4by	u
4ia	f
4ley	f
5y	f
3ng	u
3reen	f
4i	f
5fe	f
4ri	f
6e	f
5y	f
4yl	f
4zod	m
2ifra	f
3geki	m
5o	m
5ru	m
3ho	f
3k	u
3mon	m
3n	u
4go	m
4ichi	m
4ji	m
4obu	f
4suke	m
4taro	m
4ya	m
3ra	f
4in	f
4ley	f
2kumbin	m
2lomit	f
5o	m
2muel	m
2obha	f
3go	m
3ko	f
3lpan	f
3na	f
3rena	f
3shana	f
3ta	m
2pend	m
3resa	f
2qipe	f
2raga	m
2u	u
3ang	u
3ichi	m
3ji	m
3krie	f
6je	f
3lamit	f
3nsuke	m
2yqyri	m
1i	u
2an	f
3rhei	m
6j	m
6y	m
2bel	f
3ylle	f
2dney	m
2egfried	m
4linde	f
3rra	f
2f	f
2galit	f
3ita	f
6s	m
3mar	m
4undur	m
3ne	f
3rid	f
3urborg	f
5d	m
5geir	m
5laug	f
5veig	f
2ham	f
2im	m
3ri	f
2jka	f
2k	m
3a	f
2l	u
3ja	f
3ke	f
3le	f
3va	f
5na	f
6o	m
4ester	m
4i	f
5a	f
5ja	f
5o	m
5u	m
5ya	f
4o	m
2ma	f
3cha	u
3eon	m
3ion	m
3o	m
4n	m
5a	f
5e	u
6tta	f
5ne	f
2n	u
3an	m
3dri	m
3e	f
4m	f
3h	u
3ikka	f
3nathamby	m
7urai	m
4iah	m
2obhan	f
2ranoush	f
5ush	f
3i	u
3je	f
3kka	f
3pa	f
2sko	f
3sel	f
2v	f
3akumar	m
4rajah	m
2w	f
2yka	f
1jaak	m
2oerd	m
3ukje	f
1lagjana	f
3vcho	m
4e	m
4i	m
5ca	f
5k	m
4ka	f
5o	m
4oljub	m
2obodan	m
8ka	f
1madar	f
3il	m
2bat	m
2ilja	f
6na	f
5ka	f
1nezana	f
6ka	f
4hana	f
7ka	f
2iazhana	f
2orri	m
1o	u
2ad	f
2fi	f
4a	f
4e	f
4ja	f
4ya	f
3ka	f
2ha	f
4il	m
6a	f
3eil	m
6a	f
2ili	f
2k	u
3ol	m
2lange	f
3edad	f
3veig	f
7a	f
2masundaram	m
2n	m
3a	f
3er	m
3g	u
3ia	f
4la	f
3ja	f
3ya	f
2o	u
3k	f
3n	u
2phia	f
5e	f
5o	f
2raya	f
3cha	f
3in	m
2so	m
2tir	m
5aq	m
5ia	f
6os	m
2uad	f
3ha	f
5il	m
4eil	m
7a	f
3ng	u
3raya	f
1partak	m
2encer	m
3ranza	f
2iro	m
2omenka	f
2yridon	m
7ula	f
4os	m
1rboljub	m
1tacey	f
4ie	f
4y	f
3ffan	m
3mantina	f
5tios	m
3n	m
4a	f
4cho	m
4e	m
4imir	m
5slau	m
8v	m
9a	f
8w	m
7ovas	m
4ka	f
5o	m
4ley	m
3sys	m
3vri	m
5os	m
6ula	f
2een	m
3faan	m
5n	m
6ia	f
7e	f
7ja	f
6ka	f
6o	m
7s	m
4fen	m
5i	f
4ka	f
3in	m
5ar	m
5n	m
5unn	f
3la	f
4ian	m
7a	f
4la	f
3n	m
3pan	m
4han	m
7ie	f
5en	m
4onas	m
3van	m
4e	m
5n	m
4o	m
3wart	m
2ian	m
3g	m
3jn	m
3na	f
4e	f
3pan	m
4e	m
4o	m
2jepan	m
2oika	f
5o	m
4tcho	m
3jan	m
6ka	f
4ka	f
5o	m
4tcho	m
3yan	m
6ka	f
4ka	f
5o	m
4tcho	m
2uart	m
3re	m
4la	m
2yliani	f
7os	m
1u	u
2ad	u
4a	f
3t	u
2b	u
3ramaniam	m
2desh	f
3ha	f
4ir	m
2e	f
3la	f
2ha	f
4il	m
4yl	m
6a	f
3eil	m
2jata	f
2k	u
3hdev	m
4winder	m
2leiman	m
4jman	m
4v	m
3jo	m
3o	m
3tan	u
2man	f
3mer	u
2n	u
3a	f
3e	m
3g	u
3il	m
4ta	f
3na	f
2p	u
2raya	f
3en	m
4sh	m
6kumar	m
3inder	m
3jit	m
2san	f
5a	f
5na	f
7h	f
6e	f
3hila	f
4ma	f
3i	f
4e	f
3umu	m
2vada	f
3i	f
2zan	f
5a	f
5na	f
6e	f
3ette	f
1vala	f
3nhildur	f
4ur	m
3tava	f
4opluk	m
3va	f
5r	m
2ea	f
3in	m
5n	m
3n	m
4d	m
3rre	m
5ir	m
3ta	f
4islav	m
4la	f
6na	f
4omir	m
5slav	m
5zar	m
2iatlana	f
3tlana	f
2jetlana	f
1wetlana	f
1y	m
2dney	u
2ed	m
2lva	f
5in	m
4ia	f
6ne	f
5e	f
3wia	f
2rja	f
1zabolcs	m
2ilvia	f
0Taavi	m
2bitha	f
2dashi	m
3ej	m
5a	f
4usz	m
3hg	m
2e	u
3k	u
2ge	m
2hir	m
3sin	m
2i	u
3be	f
3mi	f
3na	f
3r	m
3sto	m
3vo	m
2kaaki	m
4hiro	m
4ko	f
4nori	m
4o	m
4shi	m
4yoshi	m
5uki	m
3ehiro	m
4o	m
4shi	m
3is	m
3umi	m
4ya	m
2l	u
3al	m
3gat	m
3i	f
4a	f
2m	u
3aki	f
4r	f
5a	f
4z	m
3er	m
3i	u
4ko	f
4la	f
5la	f
3mie	f
4y	f
3ta	f
2n	u
3el	m
4r	m
3ia	f
3ja	f
3ya	f
2o	u
2pani	m
3io	m
2ra	f
4na	f
4s	m
3ek	m
4q	m
3iel	m
4k	m
4q	m
3ja	f
3lan	m
3mo	m
3o	m
3u	f
3vo	m
2sha	f
2t	u
3evik	f
3iana	f
3jana	f
3siana	f
4uya	m
3yana	f
2ulant	m
3no	m
2yfun	m
3lor	m
1ea	u
2d	m
3dy	u
2emu	m
3t	m
2fta	f
2ija	f
3muraz	m
2kin	m
2llervo	f
3ma	f
2menuzhka	f
3ur	m
2ngiz	m
2odor	m
6a	f
6o	m
3na	f
2rence	m
4sa	f
4za	f
5ija	f
3hi	f
3i	u
3je	u
3o	m
3rance	m
4ence	m
4i	f
4y	u
3ttu	f
3umi	f
2ssa	f
2tiana	f
3jana	f
3suo	m
5ya	m
3yana	f
2uta	f
3vo	m
2ymur	m
1hach	m
3i	m
3lia	f
3mbiah	m
3n	u
4as	m
4g	m
4h	u
3o	f
2e	f
3a	f
3da	f
3lma	f
3o	m
4dor	m
7a	f
7e	u
7os	m
4fanis	m
3res	f
6a	f
6e	f
6ia	f
2i	f
3en	u
4rry	m
3js	m
3nh	u
2o	f
3a	u
3ma	u
5s	m
3ng	m
3r	m
4e	m
4kild	m
4sten	m
2u	f
3an	u
3c	f
3y	f
1iago	m
3n	u
2beriu	m
3or	m
2en	u
3t	u
2ffany	f
2gran	m
2homir	m
2ia	f
3na	f
3t	m
3u	f
2kva	f
2m	m
3o	m
4thy	m
3ur	m
2n	m
3a	f
4tin	f
3e	u
4ke	f
3g	u
3h	m
3ka	f
3na	f
3y	f
2tus	m
2vadar	m
2ziana	f
6o	m
1jitske	f
1o	u
2an	m
2bias	m
2dd	m
3or	m
5ka	f
2gzhan	f
2hru	m
2ivo	m
2lga	m
2m	m
3a	u
4s	m
5z	m
3e	m
4r	m
3i	m
4slav	m
3maso	m
4i	m
5e	m
4y	m
3o	u
4aki	m
4e	f
4hiro	m
4kazu	m
5o	f
4mi	f
4nori	m
4r	m
4ya	m
5uki	m
3s	m
2n	u
3e	u
3g	u
3i	u
3ka	f
3nie	u
4y	u
3y	u
4a	f
2omas	m
3n	m
3s	f
2r	m
3ben	m
3d	m
4is	f
3e	m
3fi	m
3geir	m
3il	f
5l	f
3nike	m
3sten	m
3u	m
2shiaki	m
5hide	m
7ko	m
7ro	m
5ko	f
5o	m
5yuki	m
2va	f
3e	f
1racey	f
4i	f
5e	f
4y	u
3ian	m
3jan	m
6ka	f
4ko	m
3n	u
4g	u
3usti	m
3vis	m
2evor	m
2i	m
3cia	f
3eu	u
3fon	m
3in	f
3na	f
4e	f
4h	f
4idad	u
3po	m
3sha	f
4tan	m
2oels	m
3nd	m
4g	m
3y	m
2uc	f
3de	f
4i	f
4y	f
3ng	m
3ong	m
3us	f
2yggvi	m
4ve	m
1sutomu	m
3yoshi	m
1u	u
2an	m
2ba	f
2dor	m
5a	f
2ija	f
2ncay	m
3g	m
2omas	m
4o	m
3ng	u
2ral	m
4n	m
3gay	m
3id	f
2ula	f
4ikki	f
2via	m
2yen	u
4t	f
1wan	m
1yler	m
2rone	m
1zipora	f
7h	f
2onka	f
2vi	m
0Udo	m
1eli	m
1ffe	m
2uk	m
1go	m
1k	m
1ladzimir	m
6slau	m
5mir	m
2dis	m
2f	m
2la	f
2rich	m
4k	m
5a	f
5e	f
2ugbek	m
2vi	u
4ya	f
1ma	f
2berto	m
2ida	f
2ut	m
1n	u
2a	f
2g	u
2n	f
3ar	m
3i	f
3ur	f
2o	m
2to	m
1olevi	m
1rban	m
2ho	m
2i	m
3el	m
2mas	m
3ila	f
2po	m
2s	m
3ula	f
3zula	f
2ve	f
1sama	m
5h	m
2ha	f
1ta	f
2e	f
1we	m
0Vachagan	m
3lovas	m
2dim	m
5s	m
3ym	m
3zim	m
2fa	f
2gharshak	m
4inak	m
3if	m
3n	m
2hagn	m
4n	m
3e	m
3id	m
5e	f
3ram	m
3ur	m
2idotas	m
3ke	f
3ra	f
2ja	m
2khtang	m
2la	f
3bona	f
3da	f
5s	m
4et	m
6e	f
4imar	m
5s	m
3entin	m
8a	f
9s	m
8o	m
6yn	m
8a	f
4r	m
5i	m
6a	f
7n	m
6ca	f
6e	f
6i	m
6j	m
7a	f
6o	m
6u	m
6y	m
7a	f
5y	u
3geir	m
3iantsina	f
4ja	f
3lo	m
3mir	m
3on	m
3tteri	m
3ur	m
2n	m
3ce	m
3da	f
5na	f
3essa	f
3gel	m
4jel	m
3ik	m
3ja	u
3ya	f
2rda	f
5n	m
4ges	m
4uhi	f
3pu	f
3sha	f
3ujan	m
2sco	m
3if	m
4l	m
5e	m
6ios	m
5i	m
6j	m
6ka	f
7i	f
6os	m
6s	m
6y	m
5ka	f
5laq	m
5y	m
3ja	m
3ka	f
4e	f
4o	m
3sil	m
6i	m
6ka	f
3yl	m
2zgen	m
1eaceslav	m
2dat	m
3ran	m
6a	f
2ena	f
3ra	f
4le	f
2ijo	m
3kko	m
4o	m
2lga	f
3i	m
4ka	f
5o	m
4mir	m
4tchka	f
8o	m
3jko	m
3lo	m
3ma	f
3ta	f
2ncislav	m
3elin	m
4ra	f
3ka	f
3tzislav	m
2ra	f
4nika	f
3ed	f
4na	f
3ica	f
3jine	f
3ka	f
3na	f
4er	m
4on	m
3oljub	m
4nica	f
6ka	f
6que	f
2sa	u
3elin	m
7a	f
7ka	f
3ka	f
4o	m
3na	f
3selin	m
8a	f
1iachaslau	m
5eslau	m
9v	m
3tcheslav	m
2beke	f
2centa	f
6e	m
3ki	f
5e	f
4o	m
4y	f
3tor	m
6ia	f
8no	m
7ya	f
2da	f
4r	m
4s	m
3mantas	m
3oje	m
4sava	f
2en	f
3ra	f
3sturs	m
3t	m
2gdis	f
3en	m
3go	m
3nir	m
2iu	f
3ve	f
2ja	f
4y	m
5a	f
2ka	f
3tar	m
4or	m
6as	m
6ia	f
7ja	f
7ya	f
6s	m
6ya	f
7ia	f
2lberg	m
4org	f
3dana	f
3en	m
3helm	m
4o	m
3iam	m
4ja	f
4s	m
4us	m
3jami	m
5r	m
4em	m
4o	m
3le	m
4u	m
4y	m
3ma	f
4os	m
3nis	m
3son	m
2ncas	m
4e	m
5nt	m
7as	m
6za	f
7o	m
3eta	f
3h	m
3ka	f
4o	m
3od	m
2ola	f
4et	f
6a	f
3rel	m
4ica	f
2ra	f
3gil	m
6ijus	m
5nia	f
7e	f
7ja	f
8us	m
3pi	f
3ve	f
2sar	m
3valdis	m
2ta	f
4li	m
6e	m
6i	m
6j	m
7a	f
6y	m
5lium	m
5y	m
4s	m
4uts	m
3o	m
4lds	m
3toria	f
7o	m
2vi	f
4an	u
6e	f
4en	u
6ne	f
2zma	f
1jacheslav	m
3ra	f
4ka	f
3tcheslav	m
2ekoslav	m
2olca	f
4lca	f
3sa	f
1lad	m
4a	f
5n	m
5s	m
4imer	m
6ir	m
8as	m
8s	m
5slav	m
9a	f
9s	m
7ovas	m
4o	m
4ymyr	m
5slav	m
3sta	f
5imil	m
8r	m
3tko	m
2ora	f
1ojin	m
4slav	m
3ko	m
3o	m
3sava	f
3tech	m
2lha	f
3kan	m
4er	m
3odia	m
6mir	m
5ya	m
6myr	m
1ratislav	m
2eni	f
1sevolod	m
1u	m
2gar	m
2lcho	m
2okko	f
3ng	m
2qar	m
2sal	m
5a	f
1yacheslav	m
3ra	f
4ka	f
3tcheslav	m
2tas	m
4utas	m
0Wade	m
3im	m
2el	m
2fa	f
4a	f
2hid	m
2ldemar	m
3eed	m
4rij	m
3id	m
3lace	m
3ter	m
4raud	f
2n	u
3da	f
2rren	m
2seem	m
3im	m
3sili	m
5m	m
2taru	m
2yne	m
1ei	u
2n	u
3che	f
3dell	m
4y	f
2on	u
2rner	m
2sley	m
1ha	u
3n	u
2itney	m
1il	u
3bert	m
3co	m
3fred	m
5ied	m
3helm	m
7ine	f
3lard	m
4em	m
4i	u
5am	m
5bald	m
5e	u
4y	u
3ma	f
2m	m
2nfried	m
3ifred	f
3nie	f
2oletta	f
2ssam	m
2told	m
1ladimir	m
5slaw	m
1ojciech	m
2lf	m
4gang	m
2n	m
2o	u
3k	m
3n	u
4g	u
2uter	m
0Xavier	m
2yrullo	m
1enofon	m
1hafer	m
3vit	m
2elal	m
3mal	m
4ile	f
3vat	m
4det	m
2uljeta	f
1i	u
2a	u
3n	u
4g	u
3o	u
2n	u
3g	u
1u	u
2an	u
2e	u
2n	u
0Ya	u
2acov	m
3kov	m
2el	f
2fa	f
3fa	f
2hya	m
2ir	m
2kup	m
2n	u
3a	f
4ki	m
3g	u
3i	m
4na	f
4v	m
3ka	f
4o	m
3n	m
4ick	m
3tcho	m
2o	u
2ron	m
4slav	m
2semin	f
3har	m
3in	m
3min	f
3ser	m
3uhiko	m
6ro	m
6sa	m
4ko	f
4o	m
4shi	m
4yuki	m
2uhen	m
6i	m
2vuz	m
1e	u
2gana	f
2hoshua	m
3uda	m
6h	m
5is	f
6t	f
2katerina	f
2lena	f
3iz	f
2n	u
2ol	u
3n	u
4g	u
2rkin	m
3lan	m
3zhan	m
2ter	f
2un	u
2vgen	m
6i	m
7a	f
7i	m
7y	m
8a	f
6y	m
1i	u
2n	u
3g	u
2srael	m
4oel	m
2tzchak	m
6ok	m
4hak	m
1lli	m
3ka	f
1mer	m
1ngve	m
1oav	m
2cheved	f
2el	m
2hei	m
2ichi	m
2ko	f
2landa	f
6e	f
2n	m
3atan	m
3g	u
2o	u
3n	u
2ram	m
3iko	f
2sef	m
3hiaki	m
5e	f
5fumi	m
5haru	m
6iko	m
7ro	m
5kazu	m
6o	f
5mi	f
5nobu	m
7ri	m
5o	m
5taka	m
5yuki	m
3sef	m
4i	m
3uke	m
2u	u
3l	u
4ia	f
6n	m
7a	f
3n	u
4g	f
3ri	m
3sef	m
4if	m
4sef	m
5if	m
5ouf	m
4uf	m
1u	u
2an	u
2e	u
2ichi	m
2ji	m
2ka	f
4ko	f
4ri	f
3i	f
4e	f
4hiro	m
4ko	f
4o	m
3o	f
2l	u
3duz	f
3ia	f
5n	m
6a	f
4ia	f
4ja	f
4ya	f
6n	m
7a	f
2mi	f
4ko	f
2n	u
3g	u
3us	m
2ri	u
4i	m
4j	m
4k	m
5o	f
4y	m
3y	m
2sif	m
3ra	f
3suf	m
3uf	m
4ke	m
2ta	f
4ka	m
2u	f
3ji	m
3ki	m
2val	m
1van	m
2es	m
3tte	f
2on	u
4ne	f
0Zachary	m
2far	m
3er	m
2gorka	f
2hari	m
4va	f
3ir	m
3ra	f
2iga	f
3nab	f
2karia	m
3ir	m
2mira	f
2na	f
3da	f
3e	u
2ra	f
3ema	f
3ife	f
4na	f
3uhi	f
2ur	m
2yna	f
5b	f
5h	f
2za	m
1bigniew	m
1dena	f
4ka	f
5o	m
4o	m
2ravka	f
6o	m
1eev	m
2f	m
2hra	f
2ina	f
5b	f
2keriya	m
3i	m
4ye	f
2liha	f
2mfira	f
2nel	m
4pe	f
3on	m
5as	m
3ta	f
2ynep	f
1hana	f
5r	f
4eta	f
4ibek	m
4na	f
3o	u
2e	u
3ko	m
3ljazka	f
8o	m
4yazka	f
8o	m
3n	u
4g	u
3tchka	f
2i	u
3vka	f
5o	m
2ong	u
2uljeta	f
1iad	m
2gmas	m
3urds	m
2ja	m
4d	m
2lha	f
2na	f
4ida	f
2pora	f
3pora	f
2ta	f
2v	m
3a	f
1lata	f
5n	m
4e	u
4i	m
5ca	f
4ka	f
5o	m
1oe	f
2fia	f
4ja	f
2hra	f
2i	f
3a	f
2ja	f
2ra	f
4n	m
5a	f
3ica	f
3ka	f
2uhair	m
4eir	m
2ya	f
1rinka	f
1solt	m
2uzsa	f
6nna	f
1uhair	m
4yr	m
3eir	m
2lfia	f
2ra	m
4b	m
2zana	f
1vetan	m
6ka	f
4elina	f
2i	m
3ad	m
5i	m
2jezdana	f
2onimir	m
4ko	m
1ygmunt	m
2rafete	f"#;

/// Frequent lower-case words of news prose, one per line, front coded.
pub static COMMON_WORDS: &str = r#"0a
1bandon
7ed
3ted
2dominal
3ucted
6ion
2etting
2ide
3lities
6y
2le
2oard
3rtion
3ut
3ve
2reast
3oad
2sence
3olute
3tentions
2use
5s
4ing
1cademics
2cept
6able
7nce
6ed
6ing
4ss
6ible
3ident
8al
3ompanied
8y
6lice
9es
8shed
4rd
6ance
6ing
6s
4unt
7ant
7ed
7ing
3umulated
4racy
6te
4se
6d
6s
5ing
2es
2hieve
7d
7ment
9nts
6ing
2knowledged
2quire
7d
6ing
5sition
2reage
4s
3imonious
3oss
2t
3ing
4on
6s
4ve
6ly
5ist
8s
6ties
7y
3or
3ress
3s
3ual
6ly
1dd
3ed
3iction
4ng
4tion
8al
3ress
7ed
7ing
2equate
2justed
2ministered
8ration
9ative
9ator
4tted
6ing
2opt
5ed
5ion
6ve
2rift
2ult
2vance
7d
7s
6ing
5tage
3ertising
3ice
4se
6d
6r
5ing
3ocated
1egis
1ffair
6s
3ect
6ed
6ing
6s
3idavit
2latoxin
2raid
2ter
5noon
5wards
1gain
5st
2e
3d
3ncies
5y
4da
4ts
2gravated
4egate
5ssion
8ve
2o
2ree
5d
5ment
9s
3icultural
9re
3regate
1head
1id
3e
4s
2ling
2m
3ed
3ing
3s
2r
3craft
5ew
3freight
3liner
7s
3port
7s
3space
1l
2arm
2beit
2ert
5ed
2ight
3ve
2l
3egations
5e
6d
7ly
5ing
3iance
4ed
5s
3ocated
7ion
4w
5ed
5ing
4y
2most
2one
4g
5side
2ready
2so
2ter
5ed
3hough
2uminium
6um
2ways
1m
2bassador
3iguous
4tions
3ulance
4shed
2enities
2id
2munition
2nesty
2ong
3unt
6ed
2ple
3utated
2usement
2yotrophic
1n
2alysis
6t
7s
2cestors
3ient
2d
2ger
5ed
3ry
2imal
6s
2kle
2niversary
3ounce
8d
8ment
8s
7ing
3ual
4m
2onymous
3ther
2swer
6s
2tibiotic
2xieties
4ous
2y
3body
3one
3thing
3where
1part
5heid
5ment
2iece
2ologised
2parent
8ly
3eal
6ed
5r
6ance
9es
6ed
6s
3lication
9ons
5ed
4y
3oint
7ed
3reciate
9ion
4oach
8ed
8ing
5val
6e
7d
7s
5ximately
1rable
2c
3hitect
5ves
2e
3a
4s
2gue
5d
4ing
4ment
2ising
2m
3ed
3oured
3s
3y
2ose
3und
2range
7d
7ment
9nts
7r
3est
6ed
6s
3ival
7s
5e
6d
6s
5ing
2senals
3on
2thritis
3icle
4ficial
4llery
1s
2k
3ed
3ing
3s
2leep
2sassination
4ult
3emble
7ies
7y
4rtions
4ssed
6ment
4ts
3ignments
4stance
8t
6ed
3ociate
9d
8ion
3uming
4rances
5e
6d
2ylum
1t
2e
2hletes
6ics
2mosphere
2rocities
2tache
7d
5k
6ed
7rs
6ing
6s
4inable
3empt
7ed
7ing
7s
4nd
6ed
6ing
6s
5tion
3orney
3ract
7ed
7s
4ibutable
8ed
1uction
7s
2dience
2sterity
2thor
6ities
8y
6s
3obiography
4matic
9ally
8on
4nomy
3umn
1vailable
2enged
3rage
7s
2iation
2oid
5ed
1waiting
3rd
5ed
4e
3y
0b
1abies
3y
2cillus
3k
4bone
4ed
4ground
4ing
4s
4wardation
3teria
8l
2d
3ly
3minton
2gs
2ht
2lance
7d
7s
3es
3l
4oon
5t
6ing
6s
4s
2n
3d
3g
3k
4ing
4ruptcy
4s
3ned
5rs
4ing
3s
2r
3ge
5s
3ley
3on
3red
5l
6s
3s
3ter
2se
4d
4line
4man
5ent
4s
3ic
4s
3ketball
2t
3ches
3ons
3sman
3ted
5r
6ed
6s
4ing
4le
1e
2ach
3rded
3t
4en
4ing
2came
4use
3ome
6s
5ing
2d
2ef
3n
3r
2fore
6hand
2gan
3in
5ning
5s
3un
2half
4viour
3ind
2ing
2lief
5ve
7d
7s
3onged
6ing
6s
4w
3ted
2nch
5mark
3efit
7s
2ryllium
2sides
3t
2tter
6ed
3ween
2yond
1icycle
2d
3ders
3s
2g
3gest
2ke
2lateral
3l
4et
4ion
7aire
7s
4s
2rd
4ie
6d
4s
3th
5day
2shop
2t
3ter
2zarre
1lack
5mail
9ed
9er
5s
3me
5d
5s
3nk
5ed
3st
3ze
2ew
2ind
2n
2ock
5buster
9ers
5ed
5ing
5s
3nde
3od
5y
3w
4n
2ue
3rted
1oard
5s
3sts
3t
4man
4s
2dies
3y
4guards
2geyed
2lster
2mb
4arded
4ers
4ing
7s
4s
2nd
4ed
4holders
4s
3e
4s
3us
2ok
4s
5eller
5hop
3st
5ed
2rder
6ing
6s
3e
3n
3rowing
2ss
2th
3tle
4om
2ught
3nce
4d
5ary
3rse
6s
2vine
2wed
4l
3ing
3led
5r
4ing
2x
3car
3es
2y
3cott
7ing
3s
1pd
1rackets
3in
5s
3ke
3nch
4d
5ed
3wl
2ead
4k
5away
5down
5er
5fast
5ing
5outs
5s
4th
6ing
3eders
3wery
2ibes
3dge
3ef
5ing
5ly
3ght
6er
3lliant
3ng
5ing
5s
3skly
2oad
5cast
5er
3ke
5n
5r
6age
6ed
6s
3nze
3ther
7s
3ught
2uised
6s
3tal
1udget
6ed
2ggy
2ild
5ers
5ing
5s
4t
2lk
3l
4et
4ion
5sh
2mped
2rden
3eau
3glars
3ned
3st
2s
3es
3h
4el
4land
3iness
8es
8man
3y
2t
3tocks
2y
3back
3er
5s
3ing
3s
1y
2e
2pass
0c
1a
2binet
2ke
4s
2lendar
3f
3l
4ed
5rs
4ing
4s
3m
4ed
4ing
2me
4ra
3oflage
4uflage
3p
4aign
8ed
4s
4us
2n
3al
3cel
6lation
7ed
5r
3didate
9s
3nabis
4on
6s
5t
3teen
4onal
2p
3able
4city
3ital
7isation
8zation
3ped
3s
3tain
4ivity
4ure
7d
6ing
2r
3d
4s
3e
4er
4ful
7ly
3go
5es
3maker
3penter
3ried
6r
6s
4y
5ing
3s
2se
4s
3h
3ino
3t
3ualties
2tch
5er
7s
6s
3tle
2ught
3se
5d
5s
4ing
3tious
2vorting
1ease
5fire
2iling
2lebrate
9d
9s
8ion
3l
4s
2ment
2nsor
4us
3t
4ers
4ral
5e
6d
6s
5ist
4s
4uries
6y
2remony
3tain
7ly
4ificate
1hain
5ed
5s
4red
5man
3llenge
9d
9r
8ing
3mber
4pion
8s
9hip
9hips
3nce
6llery
6s
4ge
6d
6s
5ing
3os
3racter
9istically
4ge
6d
6s
5ing
4ity
2eap
3ck
5ed
5ing
5point
5s
3er
3mical
3ques
3st
2icken
3ef
5s
3ld
5ren
4li
3p
4ping
4s
2oice
3lera
5sterol
3ose
6s
3sen
2ronic
2urch
6es
1igarettes
2rcle
6s
4uit
5lation
5mstances
2ted
3ies
4ng
4zen
7s
3y
2vil
5ian
8s
6sation
7ed
1laim
5ed
5s
3mp
5ed
3sh
5ed
6s
4s
3use
3y
2ean
5ing
5sing
4r
5ance
5ed
6r
5ing
5ly
3mency
3ric
2ient
3mb
5ed
3nch
6ed
3p
2ock
5ed
3se
5d
5ly
5r
5s
4ing
4ures
3t
4hes
2ub
4s
1m
1oach
5ed
6s
5ing
3l
4ition
3st
5al
5ed
2cked
4tail
3onut
7s
2erced
2ffee
2incidental
2ld
3laborators
5pse
8d
5r
5teral
4eague
9s
5ct
7ed
7ing
8ons
8ve
5ge
4ided
5sion
3on
5el
5ial
6es
5y
3umn
2mbat
6ants
4ination
6ed
7s
3e
4back
4s
3fortable
3ics
4ng
3mand
7er
9s
7ing
7os
4ent
7ary
8tors
7s
5rcial
4ission
9ner
5tment
9ts
6ted
8e
9s
4odities
8y
5n
4unications
7sm
8t
9s
7ties
8y
3panies
6y
5rable
7tive
6ed
7s
6ison
6tment
5ssion
5triot
9ts
4ensation
9ory
5te
6ing
7tion
9ons
9ve
9veness
8ors
4lained
8ing
8t
9s
5ete
8d
8ly
6x
5iance
6cated
4oser
6ite
5und
4rehensive
5omise
4uter
8s
2ncealed
5ded
5ntrate
9ted
9ting
5pt
5rn
7ed
7ing
7s
6t
5ssions
4luded
7ing
6sion
4rete
3dition
9s
4uct
7ed
7ing
3ference
9es
5ssed
4idence
8t
9ial
5rm
7ation
7ed
7s
5scated
4lict
8s
4ronted
4used
6ing
3glomerate
4ratulated
5ess
8ional
8men
3nected
7ion
3quering
6st
3scious
4ecutive
5nsus
6t
5quences
5rvation
9ive
4ider
8ation
8ed
8ing
8s
5stent
9tly
4olation
6idated
9tion
5rtium
4tant
8ly
5itution
9ional
5raints
6uction
4ulate
6t
7ed
7ing
5mer
8s
6ption
3tact
7ed
7s
5in
7ed
8r
7ing
5minated
4enders
6tion
7s
5st
7ant
9ts
7ing
7s
5xt
4ingency
6ue
8d
8s
7ing
7ous
4ract
8ed
8s
6ry
5ibute
9ed
9ion
9ions
5ol
7led
9rs
7s
6versial
9sy
3vene
6t
7ion
5rgence
6sion
4icted
7ion
9ns
5nced
7ing
2ol
3perate
8ing
9on
3rdinator
2pies
3per
3y
2rds
3n
4er
3porate
8ions
3rect
7ions
5spondent
4uption
2st
4ly
4s
2tton
2uld
3ncil
4terpart
9rts
5ies
5ries
6y
7side
5y
3p
4le
4on
4s
3rse
4t
5room
5s
2ver
5able
6ge
5ed
5ing
2w
1rack
5down
3sh
5ed
5ing
3zy
2eate
5ing
3dible
5t
6ors
4ulity
3w
2icket
3me
5s
4inal
8s
3ppled
3sis
3tic
6ised
8ing
8m
7zed
6s
2op
4s
3ss
5ed
5ing
3wd
5ed
5s
4n
2ucial
3de
3ised
3sade
4hed
5ing
1ull
3ture
7s
2p
2rb
3rency
6t
7ly
4rent
2shion
3tody
5mary
6er
8s
6s
2t
3s
3ting
1wt
1ycling
0da
2ily
2mage
6d
5ing
3p
2nger
6ous
2red
3k
2ta
3e
4d
4s
3ing
2ubed
3ghter
2y
3s
2zzling
1e
2ad
4locked
5y
3l
4er
6s
4ing
4s
4t
3th
5s
2bate
3ilitating
3ris
3t
3ut
2cade
6s
3ibels
4de
6d
4sion
8s
6ve
3laration
9ons
6e
7d
7s
6ing
4ine
7d
7s
3rease
5e
6s
2ep
4ly
2famatory
3eat
6ed
6ing
4cts
4nce
5ded
7r
8s
6ing
6s
5sive
3iance
4cit
7s
4ed
4nite
8ly
7ive
2gree
2lay
5ed
5ing
5s
3egates
7ion
3ight
7ed
4ver
7ed
7ies
7y
3la
2mand
6ed
6ing
6s
3ilitarised
4se
3ocracy
7tic
4lished
6tion
4nstrated
9tion
9tions
9tors
2n
3ial
4ed
5s
3ote
6s
4unce
8d
3se
3y
2part
6ment
9ts
6ure
3end
6ent
6ing
3opulated
4rted
4sed
5it
7s
3ressed
3th
3uties
5y
2r
3ailed
6s
3ives
2scent
4ribed
7ing
3ert
5ves
3ignate
9d
6ed
7r
4re
3k
3perate
4ite
3tined
5tute
4roy
7ed
5uction
2tachment
4il
6ed
6ing
6s
5n
6ed
3ective
4ntion
4r
5iorate
5mine
9d
8ing
2velop
7ed
8rs
7ing
7ment
9nts
3ice
6s
3oted
1ialogue
3rrhoea
3tribe
2ctator
8ial
8ship
2d
2e
3d
3sel
3t
4s
2fference
9es
8t
4icult
9ies
9y
2gging
3ital
3nity
2lution
2minutive
2nar
2p
3lomat
8ic
8s
3ped
2rect
6ed
6ion
6ly
6or
8s
3t
4y
2sabled
4greed
8ment
4ppearance
9ed
9s
6ointed
9ting
4rmament
6ed
3charge
4iplinary
4losed
7ure
4ount
5vered
8y
4rimination
4uss
7ed
7ing
8ons
3ease
7s
4ngagement
3guised
3honest
3mal
4issal
7ed
3order
3pensation
4laced
6yed
4osable
7l
4ute
7d
7s
3qualification
5iet
3rupt
7ed
3seminating
4idents
4olution
6ve
3tance
4rct
5ibute
9ed
9ers
9ing
9ion
6ct
8s
4urbance
2v
3erted
3idend
4ne
4sion
8s
3orce
7d
2zziness
1n
1o
2ctor
6s
3ument
8ary
8s
2es
2g
3s
2ing
2llar
6s
2mestic
8ally
3inant
6ted
7ing
2ne
3t
2or
4s
2uble
6d
6s
5ing
4t
5ed
5s
2wn
4graded
4stairs
4wards
2zen
5s
1rachma
7s
3ft
3gged
3matically
3w
4ing
4n
4s
2essed
3w
2ied
3ft
5ed
3lled
3nk
5ers
5ing
5s
3ve
5r
6s
5s
4ing
3zzle
2op
4ped
5ing
3ught
3ve
3wned
2ug
4s
3nk
5s
2y
1ubbed
2e
2nked
2ration
3ing
2sty
2ties
3y
1well
2t
1ye
3d
2ing
2strophin
8y
0each
2ger
2rlier
6st
4y
3marked
3n
4ed
4ing
7s
4s
3s
3thquake
2se
4d
3ier
4ly
4ng
3t
4ern
3y
2t
3ing
3s
1choed
2onomic
8ally
7st
9s
6y
1dge
4d
2ition
4orial
2ucation
1ffect
6ive
9ly
6s
3igy
3ort
6s
1ight
5h
2ther
1laborate
8ing
2derly
2ect
5ed
5ion
8s
5oral
5ricity
6onic
9cs
3ment
7s
3phant
2iminated
8ing
9on
3te
2se
4where
2usive
1mbargo
4ssy
4ttled
2erged
6ncy
2issions
2otion
7al
2phasis
8ed
3ire
3loyed
7e
8s
7r
3ty
1n
2able
2cephalopathy
3losure
3ounter
2d
3ed
3ing
3orse
7d
7ment
3s
3urance
5e
2emies
3rgetic
5y
2forcement
2gage
6d
3ine
6er
8ing
8s
6s
2hance
2joy
2ough
2quiries
2sure
5ing
2ter
5ed
5ing
5s
5taining
9ment
3husiasm
3ire
6ly
3ry
2vironment
9ntal
3oy
1pidemic
1qual
5ised
8r
3ipment
4ties
5y
4valent
1ra
3dicate
2ratically
3or
5s
2upted
1scalating
4pe
6d
5ing
3ort
6ed
2pecially
2sential
9ly
2tablish
9ed
9ing
9ment
4te
3imate
8d
8s
1t
2hnic
1vacuate
8d
3sion
2e
3n
4ing
4t
5s
5ual
8ly
3r
4y
5body
5one
5thing
2idence
1xact
5ly
3mination
6ed
4ple
2cellent
4pt
6ion
4ssive
3hange
8d
8s
3ited
5ing
3lude
5sive
2ecuted
6ion
7ve
3rcise
8d
2hausted
7ion
2ile
5d
3st
5ed
5ing
3t
2pand
6ing
5sion
3ect
6ations
6ed
6ing
6s
4lled
5s
4nditures
5ses
6ive
4rience
9ed
9ing
5ts
3ired
6s
3lain
7ed
7ing
5nation
4icit
4oded
5ration
5sion
9s
7ve
9s
3ort
6ed
6s
4sure
3ress
7ed
8s
7ing
8on
9ns
3ulsion
2tend
6ed
5sions
3ortion
3ra
5ct
7ed
7ion
7s
5dite
8ion
5ordinary
4eme
7ly
6ist
4usion
1ye
3brows
3s
4ight
0face
4d
4s
3ilities
7y
4ng
3t
4ion
7s
4or
6ies
6s
6y
2ded
2il
4ed
4ing
4s
4ure
3r
4ly
3th
2ke
2ll
4en
4ing
4s
2med
3ilies
5y
3ous
2n
3s
3tastic
2r
3ce
3ewell
3m
4er
6s
4ing
4s
2st
4er
5st
2t
3al
3e
3her
3igue
2ults
2vor
5able
4ur
6able
6ed
6ite
9s
1ear
4ed
4ing
4s
3sible
3ture
2d
3eral
6tion
2e
3d
4er
4lot
4millers
3l
4ing
4s
3t
2ll
4ow
3ons
3t
2nce
2rry
5ing
3tiliser
2stival
2ver
2w
3er
1iancee
3sco
2ctitious
2eld
5ed
6r
5ing
5s
3rce
4y
2fth
2ght
5back
5er
7s
5ing
3ure
6s
2le
4d
4s
3ing
3l
4ed
3m
4ed
4ing
4s
2nal
5ists
5ly
5s
4nce
7d
6ial
7ng
3d
4ing
7s
4s
3e
4d
4s
3ish
6ed
6ing
2re
4arm
4d
4s
4works
3ing
3m
4er
4s
3st
2scal
3hermen
4ing
2tness
3ted
2ve
2x
3ed
3ing
3ture
7s
1lag
4s
3mes
3red
3shpoint
3t
4ly
3wed
2ed
3e
4ing
3w
2ight
6s
2oating
3oded
5ing
4r
5s
3w
4ing
4n
4s
2uctuations
3ids
3ng
2y
3ing
1ob
2cus
5ed
5ing
2il
2llow
6ed
7rs
6ing
6s
2od
3t
4ball
4ing
2r
3bid
3ce
5d
5s
4ing
3ecast
8s
4hand
4ign
7ers
4nsic
4sees
5t
4ver
3feited
3get
3ints
3m
4al
6ly
5t
6ion
4ed
5r
4s
4ula
3tnight
4unate
3ward
7ed
2ught
3l
3nd
5ed
6r
5ing
3r
4s
4th
1ractionally
5ured
3ilty
3me
5work
3nc
5s
3ud
2ee
4d
5om
4style
4zer
3ight
3quent
8ly
3sh
2iction
3end
6ly
6s
7hip
2om
3nt
3st
2uit
3strated
8ing
1t
1uel
4ed
2gitive
2lfilled
6ment
3l
4y
2n
3ction
8ing
3d
4amental
9alist
9als
4ed
4ing
4s
2rlongs
3nace
3ther
2ture
6s
0gain
4ed
5rs
4s
2me
4s
2ng
2p
2rden
3lic
2s
3oline
2teway
3hered
6ing
2ve
1ear
4box
2ndarmerie
3e
4ral
7isation
7ly
7s
6ted
7ion
3ocide
2ography
2stures
2t
3away
3s
3ting
1iant
2rl
4friend
4s
2ve
4n
4s
3ing
1lad
3ss
2obal
3om
5y
2uten
1o
2al
4keeper
4less
4s
2ddess
3father
2es
2ing
2ld
4s
3f
4er
2ne
2od
4s
4will
2t
2verment
5nment
9ts
6or
2wn
1rade
4ual
3in
3mmes
3nd
5parents
5son
4t
5ed
5ing
3teful
3vel
2eat
5er
6st
3en
3nades
3w
2ill
3p
4ping
2oin
3ss
5ed
3und
6ed
6s
4p
5ing
5s
3w
4ing
4s
4th
1uarantee
9d
4ded
5s
2errilla
9s
3st
5s
2idance
4e
5d
5lines
3lder
7s
4ty
3tar
6ist
2n
3fire
3man
4en
3ned
3point
3s
2ys
0habits
2d
2iled
4ing
4s
3r
4y
2lf
4time
3ls
3t
4ed
2mpered
3string
2nd
4ed
4ful
4gun
4ing
4le
6d
5ing
4over
4s
4written
3g
4ed
4ing
2ppen
6ed
4ier
4y
2rassed
6ment
3d
4est
4line
8rs
5y
4ship
4ware
3mony
3vest
7ed
2s
2tred
2ve
3ing
1e
2ad
4ache
4ed
5r
4ing
4quarters
4s
3led
4th
6care
6y
3ps
3r
4d
4ing
4t
5beat
5s
3t
3vier
5ly
4y
2ctare
7s
2els
2fty
2gemony
2ight
3r
4s
2ld
3icopter
9rs
3p
4ed
4ing
4s
2r
3bicides
3e
3o
4in
1idden
3e
4away
4s
2gh
4er
5st
4light
9ed
9s
5y
4s
4way
2jack
6ed
7rs
6ing
9s
2lls
2m
3self
2nted
5rland
2red
2s
3toric
8al
6y
2t
3s
3ter
4ing
1og
3s
2ld
4er
6s
4ing
7s
4s
3e
4s
3iday
7s
3low
2me
4land
4r
5ed
5s
4s
2ned
3ours
2pe
4d
4ful
7ly
7s
4s
3ing
2rns
3rors
2spital
8ised
9zed
3t
4age
7s
4ilities
8y
2t
3el
2ur
4s
3se
5s
4ing
2vercrafts
2w
3ever
1ryvna
1uge
2man
5itarian
5s
2ndred
7s
3ger
3t
4ing
2rdle
6r
7s
6s
3led
3ricane
4y
3t
4s
2sband
1ydroelectric
2perbole
2sterical
0ice
1dea
4l
4s
3ntified
7y
6ties
1f
1gnoring
1ll
3egal
7ly
3ness
1mage
2mediate
9ly
3igrant
9s
7tion
4nent
3une
2pact
3eachment
4tus
3lement
9ation
9ed
3ort
6ance
8t
6ed
7rs
6ing
6s
4sed
5sible
3ressed
7ion
8ve
4isoned
8ment
4ove
7d
7ment
3unity
1n
2augurated
2centive
9s
3h
4es
3ident
8s
4ting
3lude
7d
7s
6ing
3ome
5patible
6etence
9nt
6lete
6rehensible
4rrectly
3rease
8d
8s
7ing
9gly
3umbent
2deed
4finitely
4pendence
9nt
9ntly
4x
3icate
8d
8s
7ing
8on
9ns
5es
4fference
4genous
4vidual
3ulged
4strial
9lists
8es
7y
2eligible
2fected
6ion
8us
3ighting
4ltrating
3lammation
5tion
4uence
5x
3o
4rm
6ation
6ed
3rastructure
4ingement
3uriated
4sion
2human
2itial
7ly
6ted
7ive
2ject
6ion
3unction
4red
5ies
6ng
5y
2laid
2mates
2ning
6s
3ocent
2quiries
6y
2serts
3ide
6r
4ght
4sted
7nce
6ing
3pection
9ns
7ors
4ired
3tall
7ed
5ntly
4ead
4itutional
9ons
4ructions
6ment
3ufficient
4rance
5er
5gency
8ts
2tegrated
8ion
4lligence
4nded
6s
5se
6ive
5t
6ion
9s
4rbank
5cepted
5est
8ed
8s
5fere
8on
5im
6or
5nal
7tional
9onals
5ogation
5preted
5rogated
6upted
5val
6ene
8tion
6iew
9ed
9er
9s
4stines
3o
3ravenous
4oduce
9d
8tion
2vaded
5ing
4lid
4sion
3enting
6ories
4stigate
9ted
9ting
9tion
9tions
9tors
7ng
6ment
9ts
6or
8s
3itation
5ed
3olve
7d
7ment
7s
6ing
1ron
2regular
9ities
4placeable
1s
2land
6s
2olated
2sue
5d
5s
4ing
1t
2ems
2s
3elf
0jackpot
2il
4ed
5r
2mmed
2rs
1eopardize
2t
2welry
1itters
1ob
3s
2in
4ed
4ing
4t
5ly
2ked
3ing
2urnal
7ism
9t
9ts
5ey
2y
1udge
5s
4ment
3icial
7ry
2mp
4ed
4s
2ngle
3ior
2st
4ice
5fied
0karbovanets
1een
4ness
3p
4ing
2pt
2rosene
2y
3ed
1g
1ick
4ed
4off
2dnap
6ped
8rs
7ing
4ey
2ll
4ed
5r
6s
4ing
7s
4s
3o
4metre
9s
4s
2nd
3g
4dom
1m
2s
1nee
3w
2ifed
2ot
3w
4ledge
4n
4s
1ph
1una
0l
1aboratory
5ers
4ur
6ed
7rs
2ck
4s
3quer
2dy
2gged
4ing
2id
2kelands
2mb
3ented
3inate
8s
2nd
4ed
4ing
4less
4mark
4s
3guage
5ishing
3ky
2p
3s
2rge
5ly
5r
5st
2sagna
3t
4ing
2te
4r
5al
4st
3ter
2ughing
3nch
6ed
7s
6ing
2w
3makers
3s
4uit
7s
3yer
6s
2ying
3offs
1b
2s
2w
1ead
4er
6s
7hip
4ing
4s
3gue
3se
4t
3ve
5s
4ing
2d
2ft
4hander
4ist
2g
3al
3end
3islation
9ons
9ve
8ors
8ure
4timate
3s
2i
2nd
4ing
3gths
6y
3t
2ss
2t
3downs
3ter
6s
2vel
5s
3ies
1iabilities
3ison
2beral
7ising
5o
3rary
2cences
5sed
2fe
4span
5tyle
3t
4ed
4ing
2ght
5ning
5s
2ke
4ly
4ned
4s
2mit
5ed
5s
3p
2ne
4r
4s
4up
3gers
3k
4ed
4ing
4s
2ons
2quidated
6ity
6s
4or
2ra
2st
4ed
5n
4s
2tigation
3tered
4le
2ve
4d
4s
5tock
3ing
1oad
4ed
3n
4s
2bby
2cal
5ly
4ted
5ion
8s
3k
4ed
3omotive
2gged
4ing
2ne
3g
4er
5st
4itudinal
2ok
4ed
4ing
4s
3ms
3phole
3se
2rds
3ries
2se
4r
5s
4s
3ing
3s
4es
3t
2t
3s
2ud
3nge
2ve
4bites
2w
3er
5ed
5ing
5s
3s
2yal
1uck
4y
3rative
2ggage
2mber
2nch
5es
3g
2xury
1ying
0m
1achine
7ry
2d
3e
2gazine
8s
2iden
3l
3n
4land
5y
4tain
8ed
8s
5enance
2jor
5ities
7y
5s
2ke
4r
5s
4s
3ing
2laria
3e
2n
3age
6d
6ment
6r
6s
5ing
3date
3hunt
3ner
3ual
4facture
9red
9rer
9rers
9ring
4script
3y
2rathon
3ch
5ed
3gin
6ally
6s
3ijuana
3k
4ed
5t
6ing
6place
6s
4ka
4s
5men
3red
4iage
5ed
3velling
2sked
3s
4acre
8s
4ing
5ve
2tch
5es
5up
3e
4rial
8ise
8s
5nity
3ional
3ter
6s
2ximum
2y
3be
3or
1e
2al
3n
4s
4t
5ime
3sles
4ure
7d
7s
6ing
3t
2dal
5list
5s
3ia
4cal
5ine
4um
2et
4ing
7s
4s
2mber
6s
7hip
3orandum
5y
2n
3ingitis
3tal
6ly
4or
2rcenaries
4hant
8s
3ely
3ger
2ssage
7s
2t
3al
5s
3hods
3re
5s
1ice
3rofilm
2dday
4le
3fielder
3night
3week
2ght
3rants
5tion
2ld
3e
4s
3itancy
7t
8s
6ry
5ia
3k
3l
4feed
8s
4igrams
5on
7s
4s
2n
3d
3e
4r
4s
3gle
3imum
4ng
4ster
8s
6ry
3or
5ity
3s
3ute
6s
2racle
2sfortune
3leading
3s
4ed
4ile
7s
5ng
5on
7aries
9y
7s
3takes
2xed
3ture
1ln
1m
1obile
2del
5s
4m
4rate
7ing
4st
3ified
2isture
2lotov
2ment
6s
6um
2narch
3etary
4y
3itor
7ing
7s
3opoly
3th
5ly
5s
2od
2ral
3e
3ning
3tgage
2sque
3t
4ly
2ther
6s
3ion
4ve
3ocross
4r
5cycle
5ist
8s
5way
2unt
5ain
8ous
8s
5ed
3stache
3th
2ve
4d
4ment
8s
4s
3ie
5s
4ng
1ph
1uch
2ltidisciplinary
5ple
4ple
2mmies
5fication
2ni
4cipal
9ity
2rder
6ed
6ing
6s
2scle
4ular
3ician
3t
2tilated
3ton
3ual
1y
2th
0nabs
2ira
2ked
2me
4d
4ly
4s
2rrow
2tion
6al
8ist
9sts
9ty
8s
6s
3ural
5e
2val
1ear
4by
4ly
2cessarily
8y
3k
2ed
4ed
4s
2gative
3lected
3otiate
9d
8ion
9ons
8or
2ighbour
9ing
9s
3ther
2mesis
2rvous
7ness
4y
2t
3work
7ing
7s
2ver
5theless
2w
3ly
3s
4desk
4letter
4paper
9s
5rint
4room
2xt
1ice
2ght
2l
2ne
3th
2trofuran
1o
2ble
3ody
2ise
4y
2minated
7ion
9ns
5ee
2ne
2on
2r
3mal
6isation
7ty
6ly
4s
3th
5east
9ern
6rn
5west
9ern
2t
3able
6y
3e
4d
4s
4worthy
3hing
3ice
6d
4fied
4onally
2velist
3itiate
2w
3here
1uclear
2mber
6s
3erous
2n
3s
2rse
5s
4ing
0object
6ed
6ion
9s
7ve
2ligations
5e
6d
4que
2serve
7d
7rs
6ing
4ssed
3tructing
2tain
6ed
6ing
1ccasionally
3upation
5ied
5y
4r
5red
5s
1f
2f
3al
3ence
7s
5ders
6ing
4r
5ed
5ing
5s
3ice
6r
7s
6s
5ial
8ly
8s
3set
4hore
2ten
1il
3field
1ld
3er
1mitted
1n
2ce
2e
3s
2going
2line
3ookers
3y
2to
1pen
4ed
5r
4ing
4s
3rate
7d
7s
6ing
7on
9s
6or
8s
2inion
3um
2ponent
8s
4rtunities
9ty
4se
6d
6s
5ing
6tion
9ns
2timistic
4on
6s
1r
2deal
4r
5ed
5ing
5ly
5s
3inary
2ganisation
9ions
7e
8d
8rs
7ing
7t
2iented
3gin
6al
8ly
2thodox
1stensibly
4oporosis
1ther
5s
5wise
1ught
2nce
2r
3s
2st
4ed
2t
3break
3come
3did
4ueled
3field
8er
5t
3going
3line
4ook
3numbered
3perform
4layed
4ut
3scored
4ide
4kirts
4poken
4tanding
1ver
4all
4came
5ome
4dose
4flying
4haul
4looked
4night
4powered
4ran
5eacting
5un
4s
5eas
5hot
5old
4take
5hrow
5urned
4whelmed
9ingly
1wed
2ing
2n
3ed
4r
5s
6hip
3s
0pace
4maker
3kage
6ing
4ed
5rs
3t
2edophile
2ge
4ant
4s
2id
3n
4ful
4t
5ed
3r
4s
2lace
2nel
5s
2per
5s
2r
3allel
5ysed
3doned
3ent
6s
3ks
3liament
9tary
3rots
3t
4ed
4ial
7ly
5cipants
9tion
6ular
9rly
5es
5tion
4ly
4ner
7ed
7s
8hip
4s
4y
2ss
4age
4ed
5nger
9s
5s
4ing
5on
4orts
4port
3t
4a
2tches
5y
3ent
3h
3ient
7s
3rol
6led
6s
3tern
2ved
2y
3ing
3ment
7s
3roll
3s
1ct
1eace
5ful
8ly
5keeping
5maker
3k
4s
3rl
3sants
2destrian
2gged
2llets
3ting
2nalties
6y
3ce
3ding
3friend
3ned
4iless
3sion
7s
3ultimate
2ople
6s
2r
3cent
7age
3fect
7ed
7ly
4orm
7ance
9ces
7ed
3haps
3iod
3manent
4ission
5ts
6ted
3petrators
3son
6al
8ities
6nel
6s
4pective
4uade
8d
2setas
3o
4s
1hase
2oto
5copies
5graph
9hed
9her
9hers
9hs
5s
2ysical
8ly
6ian
1ick
4ed
3ture
7s
2ece
3rced
2lls
3ot
2pes
2stol
2tch
5ed
6r
6s
3s
3ted
4ing
3y
1lacards
4e
5bo
5d
5s
4ing
7s
3gued
3inclothes
3n
4e
5s
4ks
4ned
5ing
4s
4t
5ation
5ed
5ing
5s
3stic
7s
3te
4form
4inum
3y
4ed
5r
6s
4ing
4s
2eas
5e
6d
3dge
6d
3nty
2ight
2ot
3ughed
2ugged
5ing
3nged
3s
1neumonia
1odium
2int
5ing
5s
3sed
4oning
2king
2le
3ice
6d
6man
7en
5ies
5y
4tical
9ly
7ian
9ns
7s
3l
4ing
4s
2ol
3r
2pped
3ular
6tion
5ist
2rk
3nographic
9hy
3t
4folio
2sition
8s
6ve
3sessed
7ion
9ns
4ibility
6le
7y
3t
4ed
4ing
4pone
8d
8ment
4s
2tential
9ly
3s
2und
5ed
5s
3r
2wder
3er
5ful
5s
1ractical
7e
8s
3ise
6d
6s
5ing
3y
4er
6s
4ing
2ecautionary
9ns
4edence
4ise
4onditions
3decessor
4ictable
7ed
7ion
9ns
4ominantly
3fer
6ence
6red
4ix
3gnant
3liminary
3mature
4ier
7ship
5um
7s
3paration
9ons
6e
7d
7s
6ing
3requisite
3school
4ence
6t
7ly
5rvation
7ed
4idency
8t
9ial
6ing
4s
5ed
5ing
5ure
3tty
3vailed
7ing
4ent
7ative
7ed
4ious
8ly
2ice
5d
5s
3de
3est
3marily
6y
4e
3ncess
5ipal
7le
4t
5ed
3or
5ities
7y
3son
6ers
6s
3vate
7ly
6ization
3x
3ze
2obable
7y
4e
4ing
4lem
7s
3cedure
9s
5ed
7ing
9gs
5ss
4laimed
6mation
4ure
3duce
7d
7r
8s
6t
7ion
8ve
9ity
7s
3fession
9nal
7or
4it
6ability
8le
6s
3gram
7me
9s
5ess
8ing
9ve
3hibited
3ject
7ed
7ion
7s
3minent
5se
7d
7s
6ing
4ote
7d
7r
6ing
7onal
4pt
6ed
6ly
3nounced
3paganda
4er
6ties
7y
4ortion
5sal
8s
6e
7d
7s
6ing
4rietary
3secution
8or
9rs
4pect
8s
6rity
4titute
9es
9ion
3tect
7ed
7ion
7s
5in
5st
7ed
8rs
7s
4ocol
3ud
3ve
5d
4ide
7d
7s
6ing
5nce
8s
7ial
5sion
9al
9s
1sychologist
1ts
1ublic
6ation
9ons
6ist
9s
6ly
5shed
8rs
7ing
2ll
4ed
4out
4s
3p
2mp
4ed
4ing
4s
2nches
3ishment
2rchase
8d
8r
9s
8s
3e
3pose
7s
3sue
5ing
6t
2sh
4ed
2t
3s
3ting
0quake
3lified
8r
9s
6y
7ing
5ties
6y
3rter
7ly
7s
6t
2een
5s
3ll
3st
5ion
8ed
8s
2ick
5en
5ly
3et
3t
4e
4ting
2ote
5d
5s
4ing
0race
4d
4s
3ial
4ng
4st
3ket
2dical
4o
5active
2ft
2ged
2id
4ed
4s
3l
4way
3n
4fall
4ing
4s
5torm
4water
3se
5d
5s
4ing
2llied
6s
4y
5ing
2mmed
3shackle
2n
3d
3ge
5d
4ing
3k
4ed
4ing
7s
4s
3som
2ped
3id
5ly
4st
2re
4ly
2te
4d
4s
3her
3ing
6s
4o
2ve
2w
1each
5ed
6s
5ing
4tion
3d
4ily
5ng
4y
3l
4ised
4ly
3son
6able
6s
4sure
2bel
5lion
5s
3ound
3uilding
2call
6ed
4ptured
3eding
4ive
7d
6ing
4nt
6ly
3ognised
7tion
7ze
4mmendation
9ations
5posed
4naisance
5ciliation
5vene
4rd
6ed
6s
4ver
7ed
7ing
7y
2d
3uce
6d
5ing
5tion
2election
4ing
2fer
5ee
6nce
9s
7dum
3ined
6ry
3lected
7ing
7s
3orm
6ed
7r
6ist
6s
3uel
6led
4gee
7s
4nding
6s
4rbished
4se
6d
5ing
2gained
4rd
6ed
6ing
6s
3ime
6nted
4on
6al
6s
4ster
8ed
8ing
6ration
9ions
7y
3ular
7ly
6te
7ion
7ory
2igning
3mbursement
3n
4forcements
4tegration
3terated
9s
2ject
6ed
6ing
6s
3oined
2lated
5ing
6ons
9hip
6vely
8s
4y
3ease
7d
7s
4gated
7ion
4vent
3iable
4ef
5ved
7r
4gious
4nquished
4sh
4ve
3uctant
3y
2main
6ed
6ing
6s
4rkable
6s
3embering
3ote
4val
5e
6d
5ing
2negade
4w
5ed
3t
2opened
6ing
3rganisation
8zation
2paid
5r
6s
3eat
6ed
8ly
6s
4rforated
3lace
7d
7ment
9nts
7s
6ing
5y
4ied
4y
5ing
3ort
6ed
8ly
7rs
6ing
6s
3resent
9ative
9atives
9ed
9ing
9s
4ieve
5se
3ublic
8s
4tation
2quest
7ed
4ire
7d
7ment
9nts
7s
6ing
2scued
3earch
8ers
4rve
7s
6oir
3huffle
3idence
7t
8s
4gn
6ation
6ed
4stance
3olution
5ve
7d
6ing
4rt
6s
4urces
3pect
7able
7ively
4irator
9ry
4onded
7ing
6se
7ibility
9le
3t
4aurant
4itution
4ore
7d
4raint
5ict
8ions
5ucture
9ring
3ult
6ed
6ing
6s
4me
6d
5ing
5ption
2tail
6er
5n
6ed
3hink
3ire
6d
6ment
5ing
3rieved
3urn
6ed
6ing
6s
2valuation
3eal
6ed
4nue
7s
4rse
7d
5ts
3iew
6s
4sed
5ions
4ve
3olt
2ward
6ed
1hetoric
2ythm
1ib
3s
2ce
3h
4est
2d
3den
3e
4r
5s
3ing
2fle
5s
2ght
5s
2nggit
4ing
4leaders
4s
2ot
4s
2se
4n
4s
3ing
3k
2val
5s
3er
5s
2yal
1nr
1oad
4block
4s
2bbers
6y
4ing
2ck
4s
2le
4s
3l
4ed
4s
2mantic
3p
2of
3m
2pe
2se
2ttweiler
2uble
6s
3ghly
3nd
5s
3te
5d
5s
4ine
7s
6g
2w
2yal
1ubber
3ella
2gby
2le
4d
4rs
4s
3ing
2mours
2n
3ning
3s
3way
2pees
3iah
2ral
2shed
4ing
0s
1acked
4s
2d
3istic
3ness
2fe
4ty
2id
3ling
3nt
2laries
5y
3e
4s
3ine
3ute
2me
2nctions
3dwich
3k
2tisfactory
6ied
6ying
2uce
2vaged
3e
4d
3ing
6s
2w
3ed
3ing
2y
3ing
3s
1cale
4p
3m
3ndal
4t
3rce
4e
5d
3ttered
2ene
5s
3pticism
2hedule
8d
4me
3olar
4ol
6girl
6s
2ientific
7st
9s
2lerosis
2ore
5board
5d
5less
6ine
5r
5s
4ing
2rap
5ie
3een
6ed
6writer
3ipt
3utiny
1ea
3l
4ed
3rch
6ed
7s
6ing
3side
4on
6al
8ly
6s
3t
4s
2cession
3ond
6ary
6liners
6s
3ret
6ary
6s
3tion
4or
6al
6s
3ure
6d
5ities
7y
2e
3d
4ed
4ing
7s
4s
3ed
3ing
3k
4ing
3med
4s
3n
3s
2ize
5d
2lect
6ed
6ors
3l
4er
4ing
4s
2mifinal
9ist
9s
4nar
7y
4s
2nd
4ing
3ior
3se
4itive
3t
4ence
8d
8s
4iment
2parate
8ly
7ion
8st
9ts
2quel
2rial
4e
5s
4ous
7ly
3vant
7s
4e
5d
5s
4ice
7men
7s
5ng
2ssion
7s
2t
3backs
3s
3ting
4le
6d
6ment
9ts
6rs
2ven
5th
4ral
5e
6ly
2wing
2x
3ual
6ly
1hacks
3ken
4ing
3ll
3nked
3re
5d
5holder
9ers
5s
4p
5ly
3ttered
3ve
2e
3d
4ding
4s
3ep
5meat
4t
5s
3lled
5ing
4ter
7ing
7s
2ift
3p
4load
4ment
8s
4yard
3rt
5front
2ocked
5ing
3e
4s
3ok
4t
5ing
3p
4s
3re
4t
5ened
5fall
5ly
5stop
3t
4gun
4s
3uld
6er
4ted
3w
4down
4ed
5ring
6s
4ing
4n
4s
2r
3ub
2un
3t
4down
4out
2y
1ic
3k
2de
4lined
8s
4s
2ght
5seers
3n
4al
6led
6s
5ture
4ed
4ificant
9ntly
5ng
4s
2lence
5t
3ver
2milar
3ple
5y
2nce
3ger
4le
6d
6s
2ster
2te
4s
3ting
3uated
6ion
9s
2x
3es
3th
2ze
1kies
3lled
5s
3n
3pped
6r
3rmish
2ull
1lain
3m
4med
4s
3sh
5ed
3ted
3ughter
9ed
2eep
5ing
3pt
2ice
3d
3ght
6ly
3pped
5ing
4s
2ogans
3t
3w
4ly
2uggish
3m
4ber
4ped
5ing
4s
1mall
5er
3shed
2iling
2oke
3othly
2uggle
7rs
6ing
1nap
4ped
5ing
3tched
2iffer
1o
2ared
2ber
2ccer
3ial
6ist
9s
2ft
4er
4ware
2il
2ld
4ier
7s
3e
4mn
3id
5ify
4tary
3o
3ution
2me
4body
4one
4thing
5imes
4what
6ere
2n
3g
3s
2on
4er
3thed
2phisticated
2rrow
3t
4s
2ught
3nd
3r
4ce
6s
3th
5east
9ern
6rn
5west
2vereignty
2wing
2ybean
7s
3meal
3oil
1pace
5s
3n
3re
5d
4ked
3sms
3te
2eak
5er
5ing
5s
3cial
7ised
9t
9ts
5fic
7ed
6y
4tacle
6tors
4ulate
9d
8ion
3ech
6es
4d
5ing
3ll
3nd
5ing
4t
2inal
4off
3rits
6ual
9ly
3te
2leens
3inter
4t
2oiling
5s
3ke
5sman
7en
6woman
3ngiform
4sor
7ed
7s
3radic
4t
5ing
5s
3t
4light
4s
4ted
2read
6ing
3ing
5t
6er
2ur
2y
3ing
1q
2uad
5s
4re
1t
2abbed
4ilise
8ing
7ty
4le
3dium
3ff
3ge
5d
5s
4ing
4nates
3ke
5s
3lemate
4ker
4led
3nce
4d
5ard
8s
5ing
8s
3r
4t
5ed
6r
5ing
5s
4vation
5ed
3te
5d
5ment
9s
5s
4ion
7ed
8ry
7s
5stics
4us
3y
4ed
4ing
2eadily
5y
4l
5ing
3el
4p
4red
3p
4ped
5ing
4s
3rling
2g
2ick
3ff
3ll
5born
2ock
5pile
5s
3le
5n
3mach
3ne
3od
3p
4page
5ed
5ing
3rage
4e
5d
5s
4ies
4m
5ed
5ing
5s
4y
2raight
5n
6ed
6ing
4nded
5ge
4pless
4tegic
8st
7y
3eak
4et
6s
4ngth
8en
4ss
6ed
4tch
3ict
4de
6s
4ke
6outs
6r
7s
6s
5ing
4ng
4ving
3oked
6s
4ng
6er
7st
6ly
6man
3uck
5ture
9d
4ggle
8d
7ing
4mming
2ubborn
3dent
7s
4ied
6s
4y
5ing
3nning
2yle
1ubject
3missions
5t
6ted
3poena
8ed
8s
3scribers
4equently
4idiary
7es
4tances
7tial
9ally
5itute
9ed
3tracted
3urb
2cceeded
5ss
7ful
7ive
7or
3essful
3h
2dden
2ed
2ffer
6ed
6ing
6s
4iciently
2gar
3gested
7ing
2icidal
6e
3t
4able
4cases
4s
2lphur
2mmer
4it
2perb
6ike
5ior
5stores
5vise
3plementary
5ies
5y
4ort
7ed
8r
9s
7ing
5sed
8ly
4ress
3remacy
6o
2re
3face
3ge
5d
5on
5ry
4ical
5ng
3plus
4rise
8d
8s
3render
9ed
4ounded
8ing
3veillance
5y
6ed
4ived
7s
6ors
2spect
7ed
7s
5nded
6sion
4icion
3tainable
1wap
2eat
3ep
5ing
3pt
2ift
3mmer
5ing
3ng
5s
2ollen
1ymbols
3pathisers
7y
4toms
2ndicated
4rome
2stem
6atically
6s
0table
5ts
4oid
3ulate
8d
2ckling
3tic
6s
2g
3ged
2ka
3e
4n
4over
4s
3ing
2lent
4s
3k
4ed
4ing
4s
2mper
6ing
2ndem
3kan
4er
4s
2p
2rget
6ed
6s
2sk
4s
2ught
3nt
5s
2x
3es
3i
1bf
1each
5ers
4up
3k
3m
4s
2chnical
9ities
5ologies
9y
2en
4aged
7r
8s
3th
2lecommunications
7s
4phone
4vised
7ion
3l
4ing
4s
2mperature
9res
4orary
2n
3der
4ing
6itis
3nis
3or
3s
4e
4ion
7s
3tative
4s
2rm
4ed
4s
3rific
5tories
8y
4or
6ism
8t
9s
2st
4ed
4ify
5mony
5ng
4osterone
4s
2xt
4books
1han
4ked
5s
3t
2e
3ft
5s
3ir
3m
4e
4selves
3n
3oretical
3rapy
4e
4mal
3se
3y
2ief
4ves
3gh
3n
4g
5s
4k
5ing
5s
3rd
3s
2orough
3se
3ugh
6t
4sand
8s
2reat
6ened
8ing
6s
4e
4w
3one
4ugh
7out
4w
5ing
5n
3ust
6ing
2us
1icket
2dy
2e
3break
8er
3d
3s
2ght
5en
7ed
2me
4s
4table
3ing
2n
3y
2pped
2rade
3ed
3ing
2ssue
2tle
5s
1o
2bacco
2day
3dler
2gether
2ld
3erance
3l
2mato
6es
3b
3orrow
2n
3e
3ight
3nage
4e
5s
3s
2o
3k
3l
2p
3ple
3s
4oil
2rtured
2ss
4ed
2tal
5led
2uch
5ed
3gh
5est
3r
4ed
4ism
6t
7s
4nament
9ts
2ward
6s
3ed
4r
3n
4s
1rack
5s
3de
5d
5mark
5r
6s
5s
4ing
5tion
9al
9ally
3ffic
7king
3gic
3il
5ed
4n
5ed
6r
5ing
3mpled
3nches
4fers
4sactions
5fer
8red
5it
7ion
9nal
5lator
5mission
7tted
9er
5port
9ation
3pped
3vel
6ling
6s
2eat
5ed
5ing
5ment
5y
3e
4s
3mendous
3nd
5s
2ial
5s
3bal
4ute
3ckle
3ed
4s
3ggered
3llion
3m
3o
3p
4le
6d
3umph
7al
8nt
2ln
2oop
5s
3phy
3uble
7d
2uce
4k
5ed
5s
3e
3st
3th
2y
3ing
1ubes
2nnel
2rn
4around
4ed
4ing
4over
4s
1wice
3st
2o
1ying
2pe
3ical
7ly
0ultimate
7um
1mbrella
2pires
1nable
3rmed
3uthorised
3voidable
2beatable
6en
2c
3apped
3ertainty
3hanged
3lear
2der
5age
5cover
6ut
5gone
6round
5lying
5mine
5stand
9ding
9ds
8ted
9ement
5taken
8ing
5way
6ent
3isclosed
3uly
2earthed
4se
3mployed
8ment
3ven
3xpected
9dly
2fair
3ocused
4rtunate
3riendly
4uitful
2hurt
2identified
3mported
3on
5s
3t
4e
5d
4s
4y
3versity
2justified
2known
2less
3ikely
4sted
3oad
3ucky
2named
2official
2paid
3recedented
2rest
2secured
4eded
4ttled
3pecified
3uccessful
4re
4stainable
2til
2wanted
3inding
3orthy
1p
2coming
2date
6d
2grade
7d
6ing
2hill
2on
2per
2rising
2s
3et
3ide
3taged
5irs
2ward
6s
1ranium
2ge
4d
4nt
1s
2age
2e
3d
3ful
3rs
3s
2ing
2ual
1tility
0v
1acancy
5t
4tion
2lid
3ley
3uation
4e
5d
5s
4ing
2n
2riable
4ety
4ous
2st
1egetables
2hemently
3icle
7s
2il
4ed
2lodrome
2ntilation
4ure
3ue
2rdict
3ified
3sion
7s
4us
3tebrae
3y
2ssels
2teran
7s
5inary
3o
1ia
3ble
2ce
3ious
3tim
6s
4ories
6y
2deo
5s
5tape
2ew
4ing
4s
2gilance
2lla
5ge
7rs
7s
2olating
7on
9s
4ence
6t
2ral
3tual
7ly
3us
5es
2sas
3cose
3ible
4t
5ed
5ing
5or
7s
5s
3ualise
2tal
1oiced
5s
2l
3atility
3cano
3leying
3s
3ume
6s
4ntarily
6eers
2miting
2te
4d
4r
5s
4s
3ing
2uch
2wed
3ing
3s
1s
0wage
4s
2it
4er
4ing
3vers
2ke
2lk
4ed
4ing
4over
4s
3l
4s
2nt
4ed
4s
2r
3ehouses
3fare
3mup
3ned
4ing
7s
3rants
4ing
3s
3time
2s
3hed
3te
5ful
2tch
5dog
5ed
5ing
3er
5s
2ve
4d
2y
3s
1e
2ak
4ened
6ing
6s
5r
4ness
3pon
6s
3r
4ing
3ther
7ed
2ek
4end
4ly
4s
2ighed
5t
6ed
2lcomed
6ing
3ded
3fare
3l
4s
2nt
2re
2st
4ern
2t
1hale
5s
3t
4ever
4soever
2eat
3elchair
3n
3re
5abouts
3ther
2ich
3le
3rlwind
3te
5s
2o
3ever
3le
5sale
3m
3se
2y
1icket
6keeper
6s
2de
4ly
4ned
4r
4spread
3ow
2fe
2ld
4erness
3l
4ing
7ness
2n
3d
4ing
4ow
6s
4s
3e
3g
4er
3ner
6s
4ing
3s
3ter
2sdom
3h
4ed
2th
4draw
8al
8n
6ew
4ering
4in
4out
3nesses
1o
2man
3en
2n
2oden
2rd
4s
3k
4ed
5r
6s
4force
4ing
4out
4s
3ld
5wide
3ries
4y
5ing
3se
5ned
4t
3th
2uld
3nded
5ing
5s
1rangle
3ps
2eckage
2ist
3te
5r
6s
4ing
4ten
2ong
3te
0x
0y
1ard
4s
3n
1ear
4s
2lled
4ow
2n
2s
3terday
2t
1ield
5ed
5s
1ogic
2u
3ng
5er
3r
4self
3th
5ful
1r
1uan
0zinc
1lotys"#;
