// This file is generated automatically by tests/tools/gen_tables.py. Do not edit.
// Sources and licences: see that script's header and README.md (Credits).

/// Places: `name` or `name\tcanonical name`, one per line.
pub static PLACES: &str = r#"6th of October City
A Coruña
Aachen
Aaland	Åland Islands
Aba
Abbottabad
Abeokuta
Abidjan
Abobo
Abomey-Calavi
Abu Dhabi
Abuja
Abū Ghurayb
Abū al-Kahṣīb
Acapulco de Juárez
Accra
Adachi
Adamstown
Adana
Adapazarı
Addis Ababa
Adelaide
Aden
Ado-Ekiti
Adıyaman
Afghanistan
Africa
Afyonkarahisar
Agadir
Agartala
Agege
Agra
Aguascalientes
Ahilyanagar
Ahmedabad
Ahvaz
Ahvenanmaa	Åland Islands
Aihara
Aizawl
Ajegunle
Ajman
Ajmer
Akashi
Akita
Akola
Akowonjo
Aksaray
Aktobe
Akure
Al Ain City
Al Aḩmadī
Al Başrah al Qadīmah
Al Diwaniyah
Al Fayyum
Al Hillah
Al Hoceïma
Al Hufūf
Al Kharj
Al Khuşūş
Al Madīnah
Al Mansurah
Al Mawşil al Jadīdah
Al Maḩallah al Kubrá
Al Maḩmūdīyah
Al Mubarraz
Al Qadarif
Al Qāhirah al Jadīdah
Al Ḩasakah
Al Ḩudaydah
Al ‘Amārah
Al-Kut
Alabama
Aland	Åland Islands
Alanya
Alaska
Albania
Albuquerque
Aleppo
Alexandria
Algeria
Algiers
Alicante
Alimosho
Almaty
Alofi
Alor Setar
Alps
Alto Barinas
Altona
Alwar
Alīgarh
Amagasaki
Amazon
Ambarnath
Ambato
Ambattur
Ambon
America	United States
American Samoa
Amman
Amravati
Amritsar
Amsterdam
An Nhơn
Anaheim
Ananindeua
Anantapur
Anchorage
Andijon
Andorra
Andorra la Vella
Angeles City
Angola
Anguilla
Ankang
Ankara
Annaba
Anqing
Anqiu
Ansan-si
Anshan
Anshun
Antakya
Antalya
Antananarivo
Antarctica
Antigua and Barbuda
Antipolo
Antofagasta
Antsirabe
Antwerp
Anyang
Anyang-si
Anápolis
Aomori
Aotearoa	New Zealand
Aparecida de Goiânia
Apia
Aqsu
Ar Raqqah
Ar Rayyān
Arab Republic of Egypt	Egypt
Aracaju
Arctic
Ardabīl
Arequipa
Argentina
Argentine Republic	Argentina
Arifwala
Arizona
Arkansas
Arkhangel’sk
Arlington
Armenia
Arrah
Artux
Aruba
Arusha
Arāk
Asahikawa
Ashgabat
Asia
Asmara
Assiut
Astana
Astrakhan
Asunción
Aswān
Ataşehir
Athens
Atlanta
Atlantic
Atyrau
Auckland
Augsburg
Aurangabad
Aurora
Austin
Australia
Austria
Avadi
Avarua
Avellaneda
Awasa
Azcapotzalco
Azerbaijan
BES islands	Caribbean Netherlands
Ba Vì
Bab Ezzouar
Bacolod City
Bacoor
Bafoussam
Bagerhat
Baghdad
Bagong Silang
Baguio
Bahamas
Bahawalpur
Bahir Dar
Bahrain
Bahçelievler
Bahía Blanca
Baicheng
Bailiwick of Guernsey	Guernsey
Bailiwick of Jersey	Jersey
Bailliage de Guernesey	Guernsey
Bailliage de Jersey	Jersey
Baise
Baiyin
Bakersfield
Bakhmut
Baku
Balbala
Balikpapan
Balkans
Ballari
Baltic
Baltimore
Bamako
Bamenda
Banan
Banda Aceh
Bandar Abbas
Bandar Lampung
Bandar Seri Begawan
Bandung
Bangkok
Bangladesh
Bangui
Banjarbaru
Banjarmasin
Banjul
Bannu
Banqiao
Banī Suwayf
Bao'an
Baoding
Baoji
Baoshan
Baotou
Baranagar
Barbados
Barcelona
Barddhamān
Bareilly
Bari
Bariadi
Barinas
Barnaul
Barquisimeto
Barranquilla
Barueri
Basrah
Basse-Terre
Basseterre
Basuo
Batam
Bathinda
Batikent
Batman
Batna
Battagram
Batu Caves
Bauchi
Bauru
Bavaria
Bawshar
Bayan Nur
Bazhong
Bağcılar
Bedok New Town
Begusarai
Beihai
Beijing
Beira
Beirut
Bei’an
Bekasi
Belagavi
Belarus
Belfast
Belford Roxo
Belgie	Belgium
Belgien	Belgium
Belgique	Belgium
Belgium
Belgorod
Belgrade
Belize
Bello
Belmopan
Belo Horizonte
Beluu er a Belau	Palau
Belém
Bengaluru
Bengbu
Benghazi
Bengkulu
Benguela
Benin
Benin City
Benito Juarez
Benito Juárez
Benoni
Benxi
Bergen
Berlin
Bermuda
Bern
Betim
Beylikdüzü
Bharat Ganrajya	India
Bharatpur
Bhatara
Bhavnagar
Bhawana
Bhayandar
Bhilai
Bhilwara
Bhiwandi
Bhopal
Bhubaneswar
Bhutan
Bhāgalpur
Bhātpāra
Białystok
Bida
Bielefeld
Bihār Sharīf
Bijie
Bikaner
Bilbao
Bilimora
Bilāspur
Bimbo
Binjai
Binzhou
Birgañj
Birkenhead
Birmingham
Bishkek
Bissau
Biên Hòa
Biñan
Black Sea
Blantyre
Blida
Bloemfontein
Blumenau
Boa Vista
Bobo-Dioulasso
Bochum
Bogor
Bogotá
Boksburg
Bokāro
Bolivarian Republic of Venezuela	Venezuela
Bolivia
Bologna
Boma
Bonaire Sint Eustatius and Saba	Caribbean Netherlands
Bonn
Borama
Bordeaux
Borivli
Borūjerd
Bosnia and Herzegovina
Bosnia-Herzegovina	Bosnia and Herzegovina
Boston
Botshabelo
Botswana
Bouaké
Bouvet Island
Bozhou
Bradford
Brahmapur
Brakpan
Brampton
Brasil	Brazil
Brasília
Bratislava
Bratsk
Brazil
Brazzaville
Braşov
Bremen
Brent
Brest
Bridgetown
Brighton
Brisbane
Bristol
Britain	United Kingdom
British Indian Ocean Territory
British Virgin Islands
Brno
Brooklyn
Brunei
Brunei Darussalam	Brunei
Brussels
Bryansk
Brāhmanbāria
Bucaramanga
Bucharest
Bucheon-si
Buda
Budapest
Budta
Buenaventura
Buenos Aires
Buffalo
Bujumbura
Bukavu
Bukhara
Bukit Rahman Putra
Bulawayo
Bulgaria
Buliwya	Bolivia
Buliwya Mamallaqta	Bolivia
Bunamwaya
Bundesrepublik Deutschland	Germany
Bunia
Buraydah
Burewala
Burkina Faso
Burma	Myanmar
Bursa
Burundi
Busan
Butembo
Butuan
Buôn Ma Thuột
Bydgoszcz
Bégoua
Bình Thạnh
Bāli
Bāndarban
Bārāsat
Bắc Giang
Bắc Ninh
Bắc Từ Liêm
Bến Cát
Cabanatuan City
Cabimas
Cabinda
Cabuyao
Cagayan de Oro
Cainta
Cairo
Calabar
Calamba
Calgary
Cali
California
Callao
Caloocan
Calumbo
Camagüey
Camama
Camayenne
Cambodia
Cameroon
Campina Grande
Campinas
Campo Grande
Campos dos Goytacazes
Canada
Canberra
Cancún
Cangzhou
Canoas
Capao Redondo
Cape Town
Cape Verde
Carabanchel
Caracas
Carapicuíba
Cardiff
Cariacica
Caribbean Netherlands
Carrefour
Cartagena
Caruaru
Casablanca
Cascavel
Castries
Catalonia
Catania
Caucaia
Caucasus
Caxias do Sul
Cayenne
Cayman Islands
Cazenga
Cebu City
Ceilândia
Celaya
Central African Republic
Central Asia
Central Coast
Chad
Chak Jhumra
Chandigarh
Chandler
Changchun
Changde
Changle
Changning
Changsha
Changshu
Changwon
Changyi
Changzhi
Changzhou
Chaoyang
Chaozhou
Charlotte
Charlotte Amalie
Chattogram
Cheboksary
Chelyabinsk
Chengde
Chengdu
Chengzhong
Chennai
Chenzhou
Cheonan
Cheongju-si
Cherepovets
Cherkasy
Chernihiv
Chernivtsi
Chiayi City
Chiba
Chicago
Chiclayo
Chifeng
Chihuahua
Chilanzar
Chile
Chimbote
Chimoio
China
Chinese Taipei	Taiwan
Chingola
Chiniot
Chinju
Chipata
Chisinau
Chita
Chitungwiza
Chizhou
Chișinău
Cholula
Chongjin
Chongming
Chongqing
Chongzuo
Christchurch
Christmas Island
Chula Vista
Chuncheon
Chunian
Chuxiong
Chuzhou
Chéngguān Qū
Chānda
Chợ Lớn
Cibinong
Cilacap
Cilegon
Cileungsir
Cimahi
Cincinnati
Cirebon
City of San Marino
City of Victoria
Ciudad Apodaca
Ciudad Benito Juárez
Ciudad Bolívar
Ciudad General Escobedo
Ciudad Guayana
Ciudad Juárez
Ciudad López Mateos
Ciudad Nezahualcoyotl
Ciudad Obregón
Ciudad Victoria
Ciudad del Este
Cixi
Cleveland
Cluj-Napoca
Co-operative Republic of Guyana	Guyana
Coacalco
Coatzacoalcos
Cochabamba
Cockburn Town
Cocos Islands	Cocos (Keeling) Islands
Coimbatore
Collectivity of Saint Barthélemy	Saint Barthélemy
Collectivity of Saint Martin	Saint Martin
Colombia
Colombo
Colonia del Valle
Colorado
Colorado Springs
Columbus
Comilla
Commonwealth of Australia	Australia
Commonwealth of Dominica	Dominica
Commonwealth of Puerto Rico	Puerto Rico
Commonwealth of the Bahamas	Bahamas
Commonwealth of the Northern Mariana Islands	Northern Mariana Islands
Comoros
Conakry
Congo	Republic of the Congo
Congo-Brazzaville	Republic of the Congo
Congo-Kinshasa	DR Congo
Connecticut
Constantine
Constanţa
Contagem
Cook Islands
Copenhagen
Corpus Christi
Corrientes
Corsica
Costa Rica
Cotabato
Cote d'Ivoire	Ivory Coast
Cotia
Cotonou
Country of Curaçao	Curaçao
Coventry
Cox’s Bāzār
Coyoacán
Crimea
Crna Gora	Montenegro
Croatia
Cuauhtémoc
Cuautitlán Izcalli
Cuba
Cuenca
Cuernavaca
Cuiabá
Culiacán
Cumaná
Curacao	Curaçao
Curaçao
Curitiba
Cusco
Cuttack
Cuíto
Cyprus
Czech Republic	Czechia
Czechia
Córdoba
Cúcuta
Cần Thơ
Cầu Giấy
DPRK
DR Congo
DRC	DR Congo
Da Nang
Dachang
Daegu
Daejeon
Dakar
Dalian
Dallas
Daloa
Damanhur
Damascus
Damietta
Dammam
Dandong
Danmark	Denmark
Danube
Daqing
Dar es Salaam
Darbhanga
Darfur
Darnytsya
Dasmariñas
Datong
Davangere
Davao
Dawlat Libya	Libya
Dawlat al-Kuwait	Kuwait
Daxing’anling
Daye
Dayrah
Dazhou
Dehradun
Deir ez-Zor
Delaware
Delhi
Delmas
Democratic People's Republic of Korea	North Korea
Democratic Republic of Congo	DR Congo
Democratic Republic of Timor-Leste	Timor-Leste
Democratic Republic of the Congo	DR Congo
Democratic Socialist Republic of Sri Lanka	Sri Lanka
Dengzhou
Denizli
Denmark
Denpasar
Denver
Department of Mayotte	Mayotte
Depok
Dera Ghazi Khan
Dera Ismail Khan
Derby
Desna
Dessie
Detroit
Dewas
Deyang
Dezful
Dezhou
Dhaka
Dhanbad
Dhivehi Raajjeyge Jumhooriyya	Maldives
Dhule
Dhārāvi
Diadema
Diego Garcia
Diepsloot
Dihok
Dili
Dindigul
Dingxi
Dire Dawa
District of Columbia
Diyarbakır
Djelfa
Djibouti
Dnipro
Dniprovskyi
Dodoma
Doha
Dombivali
Dominica
Dominican Republic
Dominique	Dominica
Donbas
Donbass
Donetsk
Dongguan
Donghai
Dongtai
Dongying
Dortmund
Douala
Douglas
Dresden
Dubai
Dublin
Duisburg
Dumai
Duque de Caxias
Durban
Durg
Durgapur
Durham
Dushanbe
Dzayer	Algeria
Düsseldorf
Dĩ An
East Africa
East Asia
East Jerusalem
East London
East Timor	Timor-Leste
Eastern Europe
Ebute Ikorodu
Ecatepec de Morelos
Ecuador
Edinburgh
Edmonton
Edogawe
Eesti	Estonia
Eesti Vabariik	Estonia
Efon-Alaaye
Egypt
Eimsbüttel
Eixample
El Aaiún
El Daein
El Fasher
El Obeid
El Paso
El Salvador
Elazığ
Eldoret
Ellan Vannin	Isle of Man
Eloy Alfaro
Emalahleni
Embu das Artes
Emirates	United Arab Emirates
England
Ensenada
Enshi
Enugu
Equatorial Guinea
Erbil
Eritrea
Erode
Erzurum
Esenler
Esenyurt
Eskişehir
Eslamshahr
Esna
Espoo
Essen
Estado Libre Asociado de Puerto Rico	Puerto Rico
Estado Plurinacional de Bolivia	Bolivia
Estados Unidos Mexicanos	Mexico
Estonia
Eswatini
Ethiopia
Etobicoke
Etāwah
Europe
Evaton
E’zhou
Faeroe Islands	Faroe Islands
Faisalabad
Fakaofo
Falkland Islands
Fangchenggang
Fanling
Faridabad
Faroe Islands
Fatih
Federal Democratic Republic of Ethiopia	Ethiopia
Federal Democratic Republic of Nepal	Nepal
Federal Republic of Germany	Germany
Federal Republic of Nigeria	Nigeria
Federal Republic of Somalia	Somalia
Federated States of Micronesia	Micronesia
Federation of Saint Christopher and Nevis	Saint Kitts and Nevis
Federative Republic of Brazil	Brazil
Feira de Santana
Fenghuang
Fengshan
Fengxiang
Fergana
Fes
Fiji
Finland
Flanders
Florence
Florianópolis
Florida
Floridablanca
Flying Fish Cove
Fort Wayne
Fort Worth
Fort-de-France
Fortaleza
Foshan
Foz do Iguaçu
Franca
France
Frankfurt am Main
Freetown
French Guiana
French Polynesia
French Republic	France
French Southern Territories	French Southern and Antarctic Lands
French Southern and Antarctic Lands
Fresno
Fuchū
Fujisawa
Fukui-shi
Fukuoka
Fukushima
Fukuyama
Fuling
Funafuti
Fushun
Fuxin
Fuyang
Fuzhou
Fīrozābād
Gabon
Gabonese Republic	Gabon
Gaborone
Gabuuti	Djibouti
Gabuutih Ummuuno	Djibouti
Gagnoa
Gajuwaka
Gambia
Gandhinagar
Ganja
Ganzhou
Gaomi
Gaozhou
Gasteiz / Vitoria
Gatineau
Gaya
Gaza
Gaza Strip
Gaziantep
Gazipur
Gboko
Gdańsk
Gdynia
Gebze
Geelong
Geita
Gelsenkirchen
General Santos
Genoa
Gent
George Town
Georgetown
Georgia
Germany
Germiston
Ghana
Ghulja
Ghāziābād
Gia Lâm
Gibraltar
Gifu
Gijón
Gitega
Giza
Glasgow
Godomè
Goiânia
Gold Coast
Golfe
Goma
Gombe
Gonder
Gorakhpur
Gothenburg
Governador Valadares
Goyang-si
Gqeberha
Grajaú
Grand Duchy of Luxembourg	Luxembourg
Gravataí
Graz
Great Britain	United Kingdom
Greater Noida
Greece
Greenland
Greensboro
Grenada
Grozny
Guadalajara
Guadalupe
Guadeloupe
Guam
Guangyuan
Guangzhou
Guang’an
Guankou
Guantánamo
Guarujá
Guarulhos
Guatemala
Guatemala City
Guayaquil
Guernsey
Guiana	French Guiana
Guigang
Guilin
Guinea
Guinea-Bissau
Guiyang
Gujangbagh
Gujranwala
Gujrat
Gulf
Guli
Gumi
Gundupālaiyam
Gunpo
Gunsan
Guntur
Gurugram
Gustavia
Gustavo Adolfo Madero
Guwahati
Guyana
Guyane	French Guiana
Guyuan
Guédiawaye
Gwadloup	Guadeloupe
Gwalior
Gwangju
Gwangmyeong
Gyeongsan-si
Gómez Palacio
Ha'il
Hachiōji
Hafar Al-Batin
Hafizabad
Hagåtña
Hai Bà Trưng
Haifa
Haikou
Haiphong
Haiti
Hakodate
Halifax
Hamadān
Hamamatsu
Hamburg
Hamburg-Mitte
Hamburg-Nord
Hamhŭng
Hamilton
Hanam
Handan
Hangzhou
Hannover
Hanoi
Hanzhong
Harare
Harbin
Hargeysa
Hashemite Kingdom of Jordan	Jordan
Havana
Hawaii
Hayastan	Armenia
Heard Island and McDonald Islands
Hebi
Hechi
Hechuan
Hefei
Hegang
Hellenic Republic	Greece
Helsinki
Henderson
Hengshui
Hengyang
Hermosillo
Heroica Matamoros
Herāt
Heshan
Heyuan
Heze
Hezhou
Higashiosaka
Himalayas
Himeji
Hirakata
Hiratsuka
Hiroshima
Hisar
Hlaingthaya
Ho Chi Minh City
Hobart
Hohhot
Hoji ya Henda
Holguín
Holland	Netherlands
Hollywood
Homs
Homyel'
Honchō
Honduras
Hong Kong
Hong Kong Island
Hongkou
Honiara
Honolulu
Houston
Howrah
Hrodna
Hrvatska	Croatia
Hsinchu
Huai'an
Huaibei
Huaihua
Huainan
Huambo
Huancayo
Huanggang
Huangpu
Huangshan
Huangshi
Hubballi
Huizhou
Hulan Ergi
Huludao
Hulunbuir
Hungary
Huocheng
Huzhou
Huế
Hwaseong-si
Hyderabad
Hà Tĩnh
Hāthazāri
Hŭngnam
Hạ Long
Iaşi
Ibadan
Ibagué
Ibaraki
Ibb
Ica
Iceland
Ichalkaranji
Ichihara
Ichikawa
Ichinomiya
Idaho
Ijebu Ode
Ikare
Ikeja
Ikot Ekpene
Iksan
Ile-Ife
Ilesa
Iligan
Iligan City
Illinois
Iloilo
Ilorin
Imphal
Imus
Incheon
Indaiatuba
Independen Stet bilong Papua Niugini	Papua New Guinea
Independent State of Papua New Guinea	Papua New Guinea
Independent State of Samoa	Samoa
India
Indiana
Indianapolis
Indonesia
Indore
Iowa
Ipoh
Iquitos
Iran
Irapuato
Iraq
Irbid
Ireland
Irkutsk
Irvine
Iseyin
Isfahan
Isfara
Isiro
Iskandar Puteri
Islamabad
Islamic Republic of Afghanistan	Afghanistan
Islamic Republic of Iran	Iran
Islamic Republic of Mauritania	Mauritania
Islamic Republic of Pakistan	Pakistan
Island	Iceland
Islas Malvinas	Falkland Islands
Isle of Man
Islington
Ismailia
Israel
Istanbul
Istaravshan
Itabashi
Itagüí
Italian Republic	Italy
Italy
Itaquaquecetuba
Ivanovo
Ivory Coast
Iwaki
Iwo
Ixtapaluca
Izhevsk
Iztacalco
Iztapalapa
Jabalpur
Jaboatão dos Guararapes
Jabuuti	Djibouti
Jacksonville
Jaipur
Jakarta
Jalalpur Pirwala
Jalandhar
Jalgaon
Jalālābād
Jamaica
Jambi City
Jamestown
Jamhuri ya Kenya	Kenya
Jamhuri ya Muungano wa Tanzania	Tanzania
Jamhuri ya Uganda	Uganda
Jamhuuriyadda Federaalka Soomaaliya	Somalia
Jamhuuriyadda Jabuuti	Djibouti
Jammu
Jamnagar
Jamshedpur
Japan
Jardim Angela
Jardim Sao Luis
Jayapura
Jeddah
Jeju City
Jember
Jeonju
Jepara
Jersey
Jersey City
Jerusalem
Jhang Sadr
Jhānsi
Jiading
Jiamusi
Jiangmen
Jiangyin
Jianshui
Jiaojiang
Jiaozhou
Jiaozuo
Jiaxing
Jieyang
Jijiga
Jilin
Jimma
Jinan
Jincheng
Jingdezhen
Jingmen
Jingzhou
Jing’an
Jinhua
Jining
Jinjiang
Jinshan
Jinzhong
Jinzhou
Jiujiang
Jiuquan
Jixi
Jizhou
Ji’an
Jodhpur
Johannesburg
Johor Bahru
Joinville
Jordan
Jos
João Pessoa
Juba
Juiz de Fora
Jundiaí
Jurong Town
Jurong West
Jājmau
Jālna
Jūnāgadh
Kabul
Kabwe
Kadapa
Kaduna
Kaech’ŏn
Kaesŏng
Kafrul
Kagoshima
Kahama
Kahramanmaraş
Kaifeng
Kaili
Kakamega
Kakogawachō-honmachi
Kalaburagi
Kalemyo
Kaliningrad
Kalininskiy
Kallakurichi
Kaluga
Kalyān
Kamoke
Kampala
Kampung Baru Subang
Kampung Kangkar Teberau
Kampung Larkin Lama
Kananga
Kanayannur
Kanazawa
Kandahār
Kano
Kanpur
Kansas
Kansas City
Kaohsiung
Kaolack
Kapar
Karabağlar
Karachi
Karagandy
Karaj
Karamay
Karawang
Karbala
Kariega
Karlsruhe
Karnāl
Karol Bāgh
Karīmnagar
Karşıyaka
Kashan
Kashgar
Kashiwa
Kashmir
Kassala
Kasugai
Kasur
Kathmandu
Katowice
Katsina
Katsushika
Kaunas
Kawagoe
Kawaguchi
Kawasaki
Kayseri
Kazakhstan
Kazan
Kediri
Keeling Islands	Cocos (Keeling) Islands
Keelung
Kelar
Kemerovo
Kendari
Kenema
Kenitra
Kennedy
Kentucky
Kenya
Kerman
Kermanshah
Khabarovsk
Khamis Mushait
Kharkiv
Khartoum
Khartoum North
Kherson
Khmelnytskyi
Khomeynī Shahr
Khorramabad
Khorramshahr
Khulna
Kibaha
Kiel
Kigali
Kikolo
Kikuyu
Kikwit
Kima Kieza
Kimhae
King Edward Point
Kingdom of Bahrain	Bahrain
Kingdom of Belgium	Belgium
Kingdom of Bhutan	Bhutan
Kingdom of Cambodia	Cambodia
Kingdom of Denmark	Denmark
Kingdom of Eswatini	Eswatini
Kingdom of Lesotho	Lesotho
Kingdom of Morocco	Morocco
Kingdom of Norway	Norway
Kingdom of Saudi Arabia	Saudi Arabia
Kingdom of Spain	Spain
Kingdom of Sweden	Sweden
Kingdom of Thailand	Thailand
Kingdom of Tonga	Tonga
Kingdom of the Netherlands	Netherlands
Kingston
Kingston upon Hull
Kingstown
Kinshasa
Kira
Kiribati
Kirkuk
Kirov
Kirāri Sulemānnagar
Kisangani
Kisumu
Kita
Kitakyushu
Kitchener
Kitwe
Kluang
Kobe
Kochi
Kolhāpur
Kolkata
Kollam
Kolwezi
Kom Ombo
Komsomolsk-on-Amur
Konak
Kongeriget Danmark	Denmark
Kongeriket Noreg	Norway
Kongeriket Norge	Norway
Konungariket Sverige	Sweden
Konya
Korba
Korean peninsula
Korhogo
Korla
Koshigaya
Kosovo
Kosti
Kostroma
Kota
Kota Bharu
Kota Damansara
Kota Kinabalu
Kota Kuala Muda
Kotō
Koumassi
Kowloon
Kowloon City
Kozhikode
Kraków
Kralendijk
Krasnodar
Krasnogvargeisky
Krasnoyarsk
Krugersdorp
Kryvyy Rih
Kuala Lumpur
Kuala Terengganu
Kuantan
Kuching
Kukatpally
Kulti
Kumamoto
Kumasi
Kunming
Kunshan
Kupang
Kurashiki
Kurdistan
Kurgan
Kurnool
Kursk
Kursk Oblast
Kurume
Kushinagar
Kuwait
Kuwait City
Kwai Chung
Kyengera
Kyiv
Kyoto
Kyrgyz Republic	Kyrgyzstan
Kyrgyz Respublikasy	Kyrgyzstan
Kyrgyzstan
Kyzylorda
Köln
Küçükçekmece
Kākināda
Kāmārhāti
Kāshān
Kōriyama
L'Hospitalet de Llobregat
La Paz
Lagos
Lahore
Laibin
Laiwu
Laixi
Lal Bahadur Nagar
Langfang
Lanzhou
Lao People's Democratic Republic	Laos
Laohekou
Laos
Lapu-Lapu City
Laredo
Larkana
Las Palmas de Gran Canaria
Las Piñas
Las Vegas
Latakia
Latin America
Latina
Latur
Latvia
Latvijas Republika	Latvia
Laval
Lebanese Republic	Lebanon
Lebanon
Leeds
Lefatshe la Botswana	Botswana
Leicester
Leipzig
Lekki
Leshan
Lesotho
Lexington
Lexington-Fayette
León de los Aldama
Lhoka
Lianshan
Lianyungang
Liaocheng
Liaoyang
Liberia
Libertad
Libreville
Libya
Lichinga
Liechtenstein
Lietuvos Respublika	Lithuania
Likasi
Lilongwe
Lima
Limeira
Lincang
Lincoln
Linfen
Linqu
Linxia Chengguanzhen
Linyi
Lipetsk
Lisbon
Lishui
Lithuania
Liupanshui
Liuzhou
Liverpool
Ljubljana
Lobamba
Lobito
Logan City
Loja
Lomé
London
Londrina
Long Beach
Long Bien
Long Xuyên
Longling County
Longshan
Longyan
Longyearbyen
Loni
Los Angeles
Los Mochis
Los Teques
Loudi
Louisiana
Louisville
Luancheng
Luanda
Lubango
Lublin
Lubumbashi
Lucknow
Ludhiana
Luena
Luhansk
Luohe
Luohu District
Luoyang
Lusaka
Luxembourg
Luxor
Luzhou
Lu’an
Lviv
Lyon
Lüliang
Macao	Macau
Macao Special Administrative Region of the People's Republic of China	Macau
Macapá
Macau
Macedonia	North Macedonia
Maceió
Machala
Machida
Madagascar
Madinah
Madison
Madrid
Madurai
Madīnat an Naşr
Maebashi
Magnitogorsk
Mahajanga
Maheshtala
Mahilyow
Maianga
Maiduguri
Maine
Maipú
Majuro
Makassar
Makati City
Makhachkala
Makiyivka
Makkah
Makurdi
Malabo
Malabon
Malacca
Malang
Malanje
Malatya
Malawi
Malaysia
Maldive Islands	Maldives
Maldives
Malegaon
Mali
Malingao
Malir Cantonment
Malmö
Malolos
Malta
Maltepe
Malé
Mamoudzou
Manado
Managua
Manama
Manaus
Manchester
Mandalay
Mandaluyong
Mandaluyong City
Mandaue City
Mangaluru
Manhattan
Manila
Manizales
Mann	Isle of Man
Mannheim
Mannin	Isle of Man
Mansilingan
Manta
Mantampay
Manukau City
Man’gyŏngdae-ri
Maoming
Maputo
Mar del Plata
Maracaibo
Maracay
Maradi
Marawi City
Mardan
Marg‘ilon
Mariehamn
Marienthal
Marigot
Marikina City
Maringá
Markham
Marne La Vallée
Maroua
Marrakesh
Marseille
Marshall Islands
Martinique
Maryland
Marāgheh
Masan
Maseru
Mashhad
Masina
Massachusetts
Mata-Utu
Matadi
Matanitu ko Viti	Fiji
Mataram
Mathura
Matola
Matsudo
Matsuyama
Maturín
Mauritania
Mauritius
Mauá
Mawlamyine
Mayotte
Mazatlán
Mazār-e Sharīf
Ma’anshan
Mbandaka
Mbeya
Mbour
Mbuji-Mayi
Meads
Medan
Medellín
Mediterranean
Meerut
Meguro
Meishan
Meizhou
Mek'ele
Meknes
Melbourne
Memphis
Mengzi
Menongue
Merkezefendi
Merlo
Mersin
Mesa
Mexicali
Mexicanos	Mexico
Mexico
Mexico City
Miami
Mianyang
Michigan
Micronesia
Middle East
Miguel Hidalgo
Milan
Milton Keynes
Milwaukee
Minato
Minato City
Mingora
Minhang
Minna
Minneapolis
Minnesota
Minsk
Minya
Miri
Mirpur Khas
Mirpur Model Thana
Misratah
Mississauga
Mississippi
Missouri
Mito
Mixco
Miyazaki
Mogadishu
Mogi das Cruzes
Mohammadpur
Mokpo
Moldova
Mombasa
Monaco
Mongolia
Monrovia
Montana
Montenegro
Monterrey
Montería
Montes Claros
Montevideo
Montréal
Montserrat
Morelia
Morioka
Morocco
Morogoro
Moroni
Morādābād
Moscow
Mossamedes
Mossoró
Most Serene Republic of San Marino	San Marino
Mosul
Mozambique
Muar
Mudanjiang
Mueang Nonthaburi
Mukalla
Mukim Pulai
Mulenvos
Multan
Mulugu
Mumbai
Munich
Muntinlupa
Muratpaşa
Murcia
Muridke
Murmansk
Muscat
Muso oa Lesotho	Lesotho
Muzaffarnagar
Muzaffarpur
Muzaffarābād
Mwanza
Mwene
Myanmar
Mykolayiv
Mysuru
Málaga
Mérida
Mönchengladbach
Münster
Mỹ Tho
N'Djamena
Naberezhnyye Chelny
Nada
Nagano
Nagaoka
Nagar Naluākot
Nagasaki
Nagoya
Nagpur
Naha
Naihāti
Nairobi
Najaf
Najafgarh
Najrān
Nakano
Nakuru
Nam Định
Namangan
Namibia
Nampula
Namp’o
Nanchang
Nanchong
Nanded
Nanjing
Nanning
Nanping
Nanqiao
Nansana
Nantes
Nantong
Nanyang
Naoero	Nauru
Naples
Nara-shi
Narela
Narsingdi
Nashik
Nashville
Nasiriyah
Nassau
Natal
Nation of Brunei	Brunei
Natore
Naucalpan de Juárez
Nauru
Navi Mumbai
Nawabshah
Nay Pyi Taw
Naypyidaw
Nazrēt
Ndola
Nebraska
Nederland	Netherlands
Neihu
Neijiang
Neiva
Nellore
Nepal
Netherlands
Nevada
New Cairo
New Caledonia
New Delhi
New Hampshire
New Jersey
New Kingston
New Mexico
New Orleans
New South Memphis
New Taipei City
New Territories
New York
New York City
New Zealand
Newark
Newcastle
Newcastle upon Tyne
Ngerulmud
Nghi Sơn
Ngwane	Eswatini
Nha Trang
Niamey
Nianbo
Nicaragua
Nice
Nicolás Romero
Nicosia
Niger
Nigeria
Nihon	Japan
Niigata
Nijar	Niger
Nijeriya	Nigeria
Nile
Nilüfer
Ningbo
Ningde
Nippon	Japan
Nishinomiya
Niterói
Niue
Nizhniy Novgorod
Nizhny Tagil
Nizāmābād
Niš
Nogales
Noida
Noreg	Norway
Norfolk Island
Norge	Norway
North Africa
North America
North Carolina
North Dakota
North Korea
North Macedonia
North Shore
Northern Ireland
Northern Mariana Islands
Norway
Nottingham
Nouakchott
Nouméa
Nova Iguaçu
Nova Vida
Novo Hamburgo
Novokuznetsk
Novosibirsk
Nowrangapur
Nuevo Laredo
Nuku'alofa
Nukus
Nuremberg
Nuuk
Nyala
Oakland
Oaxaca
Obalende
Oceania
Odesa
Oesterreich	Austria
Ogbomoso
Ohio
Ojo de Agua
Okara
Okayama
Okazaki
Okene
Oklahoma
Oklahoma City
Olinda
Omaha
Oman
Omdurman
Omsk
Ondo
Onitsha
Ontario
Oral
Oran
Oranjestad
Ordos
Oregon
Orenburg
Oriental Republic of Uruguay	Uruguay
Orlando
Orël
Orūmīyeh
Osaka
Osasco
Osh
Oslo
Osogbo
Osterreich	Austria
Ostrava
Ota
Ottawa
Ouagadougou
Oujda
Owerri
Owo
Oyo
Pachuca de Soto
Pacific
Padang
Pago Pago
Pakistan
Palangkaraya
Palau
Palembang
Palermo
Palestine
Palikir
Pallabi
Palma
Palmas
Palmira
Palu
Panama
Panama City
Panipat
Panjin
Panshan
Panzhihua
Papeetē
Papua New Guinea
Paraguay
Parakou
Paramaribo
Paranaque City
Parauapebas
Parbhani
Paris
Parnamirim
Pasarkemis
Pasay
Pasig City
Pasir Gudang
Pasto
Patiāla
Patna
Paulista
Pavlodar
Pekalongan
Pekanbaru
Pelentong
Pelotas
Pematangsiantar
Pengze
Pennsylvania
Penza
People's Democratic Republic of Algeria	Algeria
People's Republic of Bangladesh	Bangladesh
People's Republic of China	China
Percut
Pereira
Perm
Persian Gulf
Perth
Peru
Peshawar
Pest
Petaling Jaya
Petare
Petaẖ Tiqva
Petrolina
Petrozavodsk
Petrópolis
Philadelphia
Philippines
Philipsburg
Phnom Penh
Phoenix
Phu Quoc
Phú Mỹ
Pietermaritzburg
Pikine
Pimpri
Pimpri-Chinchwad
Pindi Bhattian
Pingdingshan
Pingdu
Pingliang
Pingxiang
Piracicaba
Pitcairn	Pitcairn Islands
Pitcairn Group of Islands	Pitcairn Islands
Pitcairn Henderson Ducie and Oeno Islands	Pitcairn Islands
Pitcairn Islands
Pittsburgh
Piura
Pizhou
Plano
Pleasant Island	Nauru
Plovdiv
Plurinational State of Bolivia	Bolivia
Plymouth
Podgorica
Pohang
Pointe-Noire
Pokhara
Poland
Polokwane
Poltava
Ponta Grossa
Pontianak
Popayán
Port Harcourt
Port Louis
Port Moresby
Port Said
Port Sudan
Port Vila
Port of Spain
Port-au-Prince
Port-aux-Français
Port-de-Paix
Portland
Porto
Porto Alegre
Porto Velho
Porto-Novo
Portoviejo
Portugal
Portuguesa	Portugal
Portuguese Republic	Portugal
Posadas
Poznań
Prague
Praia
Praia Grande
Prathet	Thailand
Pravyi Bereh
Prayagraj
Preston
Pretoria
Principality of Andorra	Andorra
Principality of Liechtenstein	Liechtenstein
Principality of Monaco	Monaco
Principat d'Andorra	Andorra
Pristina
Pu'er
Pucallpa
Puchong
Pudong
Puducherry
Puebla
Puente Alto
Puerto La Cruz
Puerto Rico
Pune
Puning
Punāsa
Purnia
Putian
Putuo
Puxi
Puyang
Pyeongtaek
Pyongyang
Pétionville
Pānihāti
Pātan
Qarchak
Qarshi
Qatar
Qazaqstan	Kazakhstan
Qazvin
Qibao
Qina
Qingdao
Qingpu
Qingyang
Qingyuan
Qinhuangdao
Qinzhou
Qionghai
Qiqihar
Qitaihe
Qods
Qom
Qo‘qon
Quanzhou
Quebec
Queens
Quelimane
Quetta
Quezon City
Qui Nhon
Quilmes
Quito
Qujing
Quzhou
Québec
Quảng Ngãi
Quận Mười
Quận Mười Một
Quận Sáu
Rabat
Rahim Yar Khan
Raipur
Rajamahendravaram
Rajpur Sonarpur
Rajshahi
Raleigh
Ramallah
Ramiros
Ranchi
Randburg
Rangpur
Ras Al Khaimah
Rasapūdipalem
Rasht
Ratcha Anachak Thai	Thailand
Ratlām
Rawalpindi
Ra’s Bayrūt
Reading
Recife
Red Sea
Reno
Repiblik Ayiti	Haiti
Repiblik Sesel	Seychelles
Repoblikan'i Madagasikara	Madagascar
Repubblica di San Marino	San Marino
Repubblica italiana	Italy
Repubblika ta' Malta	Malta
Republic of Albania	Albania
Republic of Angola	Angola
Republic of Armenia	Armenia
Republic of Austria	Austria
Republic of Azerbaijan	Azerbaijan
Republic of Belarus	Belarus
Republic of Benin	Benin
Republic of Botswana	Botswana
Republic of Bulgaria	Bulgaria
Republic of Burundi	Burundi
Republic of Cabo Verde	Cape Verde
Republic of Cameroon	Cameroon
Republic of Chad	Chad
Republic of Chile	Chile
Republic of China	Taiwan
Republic of Colombia	Colombia
Republic of Costa Rica	Costa Rica
Republic of Croatia	Croatia
Republic of Cuba	Cuba
Republic of Cyprus	Cyprus
Republic of Côte d'Ivoire	Ivory Coast
Republic of Djibouti	Djibouti
Republic of Ecuador	Ecuador
Republic of El Salvador	El Salvador
Republic of Equatorial Guinea	Equatorial Guinea
Republic of Estonia	Estonia
Republic of Fiji	Fiji
Republic of Finland	Finland
Republic of Ghana	Ghana
Republic of Guatemala	Guatemala
Republic of Guinea	Guinea
Republic of Guinea-Bissau	Guinea-Bissau
Republic of Haiti	Haiti
Republic of Honduras	Honduras
Republic of Iceland	Iceland
Republic of India	India
Republic of Indonesia	Indonesia
Republic of Iraq	Iraq
Republic of Ireland	Ireland
Republic of Kazakhstan	Kazakhstan
Republic of Kenya	Kenya
Republic of Kiribati	Kiribati
Republic of Korea	South Korea
Republic of Kosovo	Kosovo
Republic of Latvia	Latvia
Republic of Liberia	Liberia
Republic of Lithuania	Lithuania
Republic of Madagascar	Madagascar
Republic of Malawi	Malawi
Republic of Mali	Mali
Republic of Malta	Malta
Republic of Mauritius	Mauritius
Republic of Moldova	Moldova
Republic of Mozambique	Mozambique
Republic of Namibia	Namibia
Republic of Nauru	Nauru
Republic of Nicaragua	Nicaragua
Republic of Niger	Niger
Republic of North Macedonia	North Macedonia
Republic of Palau	Palau
Republic of Panama	Panama
Republic of Paraguay	Paraguay
Republic of Peru	Peru
Republic of Poland	Poland
Republic of Rwanda	Rwanda
Republic of San Marino	San Marino
Republic of Senegal	Senegal
Republic of Serbia	Serbia
Republic of Seychelles	Seychelles
Republic of Sierra Leone	Sierra Leone
Republic of Singapore	Singapore
Republic of Slovenia	Slovenia
Republic of South Africa	South Africa
Republic of South Sudan	South Sudan
Republic of Suriname	Suriname
Republic of Tajikistan	Tajikistan
Republic of Trinidad and Tobago	Trinidad and Tobago
Republic of Tunisia	Tunisia
Republic of Turkey	Türkiye
Republic of Türkiye	Türkiye
Republic of Uganda	Uganda
Republic of Uzbekistan	Uzbekistan
Republic of Vanuatu	Vanuatu
Republic of Yemen	Yemen
Republic of Zambia	Zambia
Republic of Zimbabwe	Zimbabwe
Republic of the Congo
Republic of the Gambia	Gambia
Republic of the Maldives	Maldives
Republic of the Marshall Islands	Marshall Islands
Republic of the Philippines	Philippines
Republic of the Sudan	Sudan
Republic of the Union of Myanmar	Myanmar
Republica Moldova	Moldova
Republiek Suriname	Suriname
Republik Indonesia	Indonesia
Republik Singapura	Singapore
Republika Hrvatska	Croatia
Republika Slovenija	Slovenia
Republika Srbija	Serbia
Republika y'Uburundi	Burundi
Republiken Finland	Finland
Repubulika y'u Rwanda	Rwanda
Resistencia
Respublika Kazakhstan	Kazakhstan
Reunion	Réunion
Reykjavik
Reynosa
Rhine
Rhode Island
Ribaberiki Kiribati	Kiribati
Ribeirão Preto
Ribeirão das Neves
Richards Bay
Riga
Rio Branco
Rio de Janeiro
Riobamba
Ripablik blong Vanuatu	Vanuatu
Ripublik Naoero	Nauru
Rishon LeTsiyyon
Riverside
Riyadh
Rizhao
Road Town
Rohini
Rohtak
Romania
Rome
Rondonópolis
Roodepoort
Rosario
Roseau
Rosetta
Rostov-on-Don
Rotterdam
Roumania	Romania
Rourkela
Royaume de Belgique	Belgium
Rufisque
Rugao
Ruiru
Rui’an
Rumania	Romania
Russeifa
Russia
Russian Federation	Russia
Rustenburg
Rwanda
Ryazan’
Rzeczpospolita Polska	Poland
Réunion
Réunion Island	Réunion
Rājkot
Rāmgundam
Rāmpur
Rānipet
Rạch Giá
Sacomã
Sacramento
Saddiqabad
Sadr City
Safi
Sagamihara
Sahara
Sahel
Sahiwal
Sahrawi Arab Democratic Republic	Western Sahara
Sahāranpur
Saint Barthélemy
Saint Helena	Saint Helena, Ascension and Tristan da Cunha
Saint Helier
Saint John's
Saint Kitts and Nevis
Saint Lucia
Saint Martin
Saint Paul
Saint Petersburg
Saint Pierre and Miquelon
Saint Vincent and the Grenadines
Saint-Denis
Saint-Louis
Saint-Marc
Saint-Pierre
Saipan
Saitama
Sakai
Sakartvelo	Georgia
Salem
Salta
Saltillo
Saltivka
Salvador
Salé
Samara
Samarinda
Samarkand
Samba
Samoa
Samsun
Samut Prakan
San Antonio
San Cristóbal
San Diego
San Fernando
San Francisco
San Jose
San Jose del Monte
San José
San Juan
San Luis Potosí
San Marino
San Miguel de Tucumán
San Miguelito
San Nicolás de los Garza
San Pablo
San Pedro
San Pedro Sula
San Salvador
San Salvador de Jujuy
San-Pédro
Sana'a
Sanaa
Sanandaj
Sancaktepe
Sandakan
Sanhe
Sanmenxia
Sanming
Santa Ana
Santa Catarina
Santa Clara
Santa Cruz de la Sierra
Santa Fe
Santa Maria
Santa Marta
Santa Teresa del Tuy
Santiago
Santiago de Cuba
Santiago de Querétaro
Santiago de Surco
Santiago de los Caballeros
Santiago del Estero
Santo André
Santo Domingo
Santo Domingo Este
Santo Domingo Oeste
Santo Domingo de los Colorados
Santol
Santos
Sanya
Sao Tome and Principe	São Tomé and Príncipe
Sapele
Sapopemba
Sapporo
Sarajevo
Saransk
Saratov
Sardinia
Sargodha
Sari
Sariwŏn-si
Sarnam	Suriname
Saskatoon
Sathalanalat Paxathipatai Paxaxon Lao	Laos
Satna
Saudi	Saudi Arabia
Saudi Arabia
Saugor
Saurimo
Savar
Scandinavia
Schweiz	Switzerland
Scotland
Seattle
Sector 2
Sector 3
Sector 4
Sector 5
Sector 6
Seeb
Sejong
Sekondi
Selayang Baru Utara
Semarang
Semey
Sendai
Senegal
Sengkang New Town
Seongnam-si
Seoul
Serang
Serbia
Serekunda
Seremban
Serra
Setagaya
Setapak
Sevastopol
Sevilla
Seychelles
Sfax
Sha Tin
Shah Alam
Shahrīār
Sham Shui Po
Shanghai
Shangluo
Shangqiu
Shangrao
Shangyu
Shantou
Shanwei
Shaoguan
Shaoxing
Shaoyang
Sharjah
Sheffield
Shekhupura
Shenyang
Shenzhen
Shibganj
Shibīn al Kawm
Shihezi
Shijiazhuang
Shimonoseki
Shinagawa
Shinjuku
Shiqi
Shiraz
Shivaji Nagar
Shivamogga
Shiyan
Shizuishan
Shizuoka
Sholapur
Shouguang
Shqipnia	Albania
Shuangyashan
Shubrā al Khaymah
Shuozhou
Shyamnagar
Shymkent
Shāhjānpur
Sialkot
Siberia
Sicily
Sierra Leone
Sikasso
Silicon Valley
Siliguri
Simferopol
Sincelejo
Singa
Singapore
Singapura	Singapore
Singkawang
Sinjhoro
Sint Maarten
Sinŭiju
Siping
Situbondo
Sivas
Skardu
Skopje
Slovak Republic	Slovakia
Slovakia
Slovenia
Smolensk
Soacha
Sochi
Socialist Republic of Vietnam	Vietnam
Sofia
Sohag
Sokoto
Soledad
Soledad de Graciano Sánchez
Solomon Islands
Solwezi
Somalia
Somers Isles	Bermuda
Songea
Songjiang
Sonīpat
Sorocaba
Soshanguve
South Africa
South America
South Asia
South Boston
South Carolina
South China Sea
South Dakota
South Dublin
South Georgia
South Georgia and the South Sandwich Islands	South Georgia
South Korea
South Sudan
South Tangerang
South Tarawa
Southampton
Southeast Asia
Southend-on-Sea
Soweto
Soyapango
Spain
Sranangron	Suriname
Srbija	Serbia
Sri Lanka
Srinagar
St. Barthelemy	Saint Barthélemy
St. George's
St. Louis
St. Peter Port
St. Petersburg
Stanley
State of Eritrea	Eritrea
State of Israel	Israel
State of Kuwait	Kuwait
State of Libya	Libya
State of Palestine	Palestine
State of Qatar	Qatar
Staten Island
Stavropol
Sterlitamak
Stockholm
Stockton
Stoke-on-Trent
Strasbourg
Stuttgart
Subang Jaya
Sucre
Sudan
Suez
Suginami
Suicheng
Suid-Afrika	South Africa
Suihua
Suining
Suisse	Switzerland
Suita
Suizhou
Sukabumi
Sukkur
Sulaymaniyah
Sultanate of Oman	Oman
Sultanbeyli
Sultangazi
Sulţānah
Sumaré
Sumbawanga
Sumgayit
Sumida
Sumy
Suncheon
Sunch’ŏn
Sungai Petani
Sunshine Coast
Suomen tasavalta	Finland
Suomi	Finland
Suqian
Surabaya
Surakarta
Surat
Surgut
Suriname
Surrey
Suva
Suwon
Suzano
Suzhou
Svalbard and Jan Mayen
Svalbard and Jan Mayen Islands	Svalbard and Jan Mayen
Svalbard og Jan Mayen	Svalbard and Jan Mayen
Svizra	Switzerland
Svizzera	Switzerland
Swansea
Swatini	Eswatini
Swaziland	Eswatini
Sweden
Swiss Confederation	Switzerland
Switzerland
Sydney
Syria
Syrian Arab Republic	Syria
Szczecin
São Bernardo do Campo
São José
São José do Rio Preto
São José dos Campos
São José dos Pinhais
São João de Meriti
São Luís
São Paulo
São Tomé
São Tomé and Príncipe
São Vicente
Sétif
Sāngli
Tabora
Taboão da Serra
Tabriz
Tabuk
Tacloban
Tacna
Taganrog
Taguig
Tai Po
Taicang
Taichung
Tainan
Taipei
Taiwan
Taiyuan
Taiz
Taizhou
Tai’an
Tajikistan
Takamatsu
Takasaki
Takatsuki
Takeo
Takoradi
Talatona
Tallinn
Tamale
Taman Petaling
Tambov
Tampa
Tampere
Tampico
Tampines Estate
Tampines New Town
Tando Allahyar
Tando Bago
Tanga
Tangerang
Tanggu
Tanghe
Tangier
Tangshan
Tanta
Tantou
Tanzania
Tanzhou
Taoyuan
Tapachula
Tarakan
Taraz
Tarlac City
Tarsus
Tashkent
Tasikmalaya
Taubaté
Tawau
Ta’if
Tbilisi
Tchad	Chad
Tegal
Tegucigalpa
Tehran
Tel Aviv
Temara
Teni
Tennessee
Tepic
Teratri of Norf'k Ailen	Norfolk Island
Teresina
Territory of Christmas Island	Christmas Island
Territory of Norfolk Island	Norfolk Island
Territory of the Wallis and Futuna Islands	Wallis and Futuna
Tete
Texas
Thai	Thailand
Thailand
Thames
Thanh Hóa
Thanh Xuân
Thanjavur
The Bermudas	Bermuda
The Bottom
The Bronx
The Hague
The Islands of Bermuda	Bermuda
The Netherlands	Netherlands
The Valley
The former Yugoslav Republic of Macedonia	North Macedonia
Thembisa
Thessaloníki
Thika
Thimphu
Thiruvananthapuram
Thiès
Thiès Nones
Thoothukudi
Thrissur
Thuận An
Thái Nguyên
Thāne
Thủ Dầu Một
Thủ Đức
Tianjin
Tianshui
Tibet
Tieling
Tijuana
Timişoara
Timor	Timor-Leste
Timor Lorosae	Timor-Leste
Timor-Leste
Tin Shui Wai
Tirana
Tiruchirappalli
Tirunelveli
Tirupati
Tiruppur
Tlalnepantla
Tlalpan
Tlaquepaque
Tláhuac
Toamasina
Togo
Togolese	Togo
Togolese Republic	Togo
Tokelau
Tokorozawa
Tokushima
Tokyo
Toledo
Toluca
Tolyatti
Tomsk
Tonalá
Tonga
Tongchuan
Tonghua
Tongliao
Tongling
Tongshan
Toronto
Torreón
Toshima
Touba
Toulouse
Toyama
Toyohashi
Toyonaka
Toyota
Trinidad and Tobago
Tripoli
Trujillo
Tseung Kwan O
Tshikapa
Tsu
Tsuen Wan
Tucson
Tuen Mun
Tula
Tulsa
Tumkūr
Tungi
Tunis
Tunisia
Tunisian Republic	Tunisia
Turin
Turkiye	Türkiye
Turkmenistan
Turks and Caicos Islands
Turmero
Turpan
Tuvalu
Tuxtla
Tver
Tyumen
Tétouan
Tórshavn
Türkiye
U.K.	United Kingdom
U.S.	United States
U.S.A.	United States
UAE	United Arab Emirates
UK	United Kingdom
US	United States
USA	United States
Uberaba
Uberlândia
Udaipur
Udzima wa Komori	Comoros
Ufa
Uganda
Uijeongbu-si
Ujjain
Ukraine
Ukrayina	Ukraine
Ulan Bator
Ulan-Ude
Ulanqab
Ulhasnagar
Ulsan
Ulu Bedok
Ulyanovsk
Umbuso weSwatini	Eswatini
Umraniye
Umuahia
Union des Comores	Comoros
Union of the Comoros	Comoros
United Arab Emirates
United Kingdom
United Mexican States	Mexico
United Republic of Tanzania	Tanzania
United States
United States Minor Outlying Islands
United States Virgin Islands
United States of America	United States
Uruapan
Uruguay
Ust-Kamenogorsk
Utah
Utrecht
Utsunomiya
Uvira
Uyo
Uzbekistan
Uíge
Uşak
Vadodara
Vaduz
Valencia
Valenzuela
Valladolid
Valledupar
Valletta
Valparaíso
Van
Vancouver
Vantaa
Vanuatu
Varanasi
Varna
Vatican	Vatican City
Vatican City
Vatican City State	Vatican City
Vaughan
Vellore
Venezuela
Venustiano Carranza
Veracruz
Vereeniging
Vermont
Verona
Viamão
Viana
Victoria
Victoria de Durango
Vienna
Vientiane
Viet Nam	Vietnam
Vietnam
Vigo
Vijayapura
Vijayawada
Vila Flor
Vila Velha
Villa Nueva
Villahermosa
Villavicencio
Vilnius
Vinh
Vinnytsya
Virgin Islands	British Virgin Islands
Virgin Islands of the United States	United States Virgin Islands
Virginia
Virginia Beach
Virār
Visakhapatnam
Vitebsk
Viti	Fiji
Vitória
Vitória da Conquista
Viña del Mar
Việt Trì
Vladikavkaz
Vladimir
Vladivostok
Volgograd
Vologda
Volta Redonda
Volzhsky
Voronezh
Várzea Grande
Vũng Tàu
Wad Medani
Wafangdian
Wah Cantt
Wakayama
Wales
Wall Street
Wallis and Futuna
Wandsbek
Wanning
Wanxian
Wanzhou
Warangal
Warder
Warri
Warsaw
Washington
Washington D.C.
Weifang
Weihai
Weinan
Welkom
Wellington
Wenchang
Wenshan City
Wenzhou
West Africa
West Bank
West Island
West Jerusalem
West Raleigh
West Virginia
Western Europe
Western Sahara
Westminster
Whitehall
Wichita
Wiesbaden
Willemstad
Windhoek
Winejok
Winnipeg
Wisconsin
Wollongong
Wolverhampton
Wong Tai Sin
Wonsan
Woodlands
Wrocław
Wuhan
Wuhu
Wuliwya	Bolivia
Wuliwya Suyu	Bolivia
Wuppertal
Wuwei
Wuxi
Wuzhong
Wuzhou
Wyoming
Wŏnju
Wŏnsan
Xalapa de Enríquez
Xiamen
Xiangtan
Xiangyang
Xianning
Xianyang
Xiaogan
Xichang
Xico
Xilinhot
Xingning
Xingtai
Xingyi
Xining
Xinjiang
Xinxiang
Xinyang
Xinyi
Xinyu
Xinyuan
Xinzhou
Xiuying
Xi’an
Xochimilco
Xuancheng
Xuanhua
Xuchang
Xuhui
Xuzhou
Xuân Lộc
Ya'an
Yamoussoukro
Yancheng
Yangjiang
Yangon
Yangpu
Yangquan
Yangsan
Yangshuo
Yangtze
Yangzhou
Yanji
Yantai
Yanzhou
Yan’an
Yao
Yaoundé
Yaren
Yaroslavl
Yazd
Yei
Yekaterinburg
Yemen
Yemeni Republic	Yemen
Yenagoa
Yeosu
Yerevan
Yibin
Yichang
Yichun
Yinchuan
Yingkou
Yiwu
Yixing
Yogyakarta
Yokkaichi
Yokohama
Yokosuka
Yola
Yongji
Yongzhou
Yoshkar-Ola
Yueyang
Yulin
Yuncheng
Yunfu
Yunlong
Yunusobod
Zagazig
Zagreb
Zahedan
Zambia
Zamboanga
Zanjan
Zanzibar
Zaozhuang
Zapopan
Zaporizhzhia
Zaporizhzhya
Zaragoza
Zaria
Zarqa
Zeytinburnu
Zhabei
Zhangjiagang
Zhangjiajie
Zhangjiakou
Zhangye
Zhangzhou
Zhanjiang
Zhaoqing
Zhaotong
Zhengzhou
Zhenjiang
Zhongguo	China
Zhonghua	China
Zhongshan
Zhongwei
Zhoukou
Zhoushan
Zhu Cheng City
Zhucheng
Zhuhai
Zhumadian
Zhuzhou
Zhytomyr
Zibo
Zigong
Zimbabwe
Zinder
Ziyang
Zoucheng
Zumpango
Zunyi
Zürich
Álvaro Obregón
Åland Islands
Århus
Çankaya
Çorum
Ðà Lạt
Ñuñoa
Ürümqi
Üsküdar
Āsansol
Đống Đa
İskenderun
İzmir
Łódź
Ōita
Ōta
Ōtsu
Şanlıurfa
Şişli
Ţarţūs
Ḩadā’iq al Qubbah
Ḩamāh
Ḩayy Khildā"#;

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

/// Given names: `name\tgender` with gender m, f or u.
pub static GIVEN_NAMES: &str = r#"Aad	m
Aafke	u
Aage	m
Aare	m
Aarne	m
Aarno	m
Aaro	m
Aaron	m
Aarre	m
Aart	m
Aarti	f
Aase	f
Aatos	m
Aatto	m
Aavo	m
Ab	m
Abay	m
Abaz	m
Abbas	m
Abby	f
Abdal	m
Abdalla	m
Abdallah	m
Abdel	m
Abdelilah	m
Abdellah	m
Abdo	m
Abdou	m
Abdoul	m
Abdu	m
Abdul	m
Abdulah	m
Abdulkadir	m
Abdulla	m
Abdullah	m
Abdulmedjit	m
Abdurrahman	m
Abdyl	m
Abed	m
Abedin	m
Abeer	f
Abel	m
Abha	f
Abhilasha	f
Abid	m
Abigail	f
Abir	f
Abla	f
Abraham	m
Achille	m
Achilleas	m
Achim	m
Aco	m
Ad	m
Ada	f
Adam	m
Adamantia	f
Adda	u
Addolorata	f
Adel	m
Adela	f
Adelaide	f
Adele	f
Adelheid	f
Adelina	f
Adeline	f
Adelino	m
Adelya	f
Adem	m
Adi	u
Adil	m
Adila	f
Adile	f
Adina	f
Adis	m
Adisa	f
Admir	m
Adnan	m
Adolf	m
Adolfas	m
Adolfo	m
Adomas	m
Adri	u
Adriaan	m
Adrian	m
Adriana	f
Adriano	m
Adriatik	m
Adrie	u
Adrien	m
Adriena	f
Adrienn	f
Adrienne	f
Advija	m
Ady	f
Ae	u
Afa	f
Afaq	f
Afat	f
Afet	f
Afonso	m
Afrim	m
Afroditi	f
Agata	f
Agatha	f
Agathi	f
Aghvan	m
Agim	m
Agita	f
Agla	f
Aglaia	f
Agnar	m
Agne	u
Agnes	f
Agnesa	f
Agnese	f
Agneta	f
Agnete	f
Agnethe	f
Agnieszka	f
Agnija	f
Agnis	m
Ago	m
Agon	m
Agostinho	m
Agostino	m
Agris	m
Agrita	f
Agron	m
Agshin	m
Agustina	f
Ah	u
Aharon	m
Ahmad	m
Ahmed	m
Ahmet	m
Ahti	m
Ahto	m
Ahuva	f
Ai	u
Aibek	m
Aicha	f
Aida	f
Aidan	m
Aidar	m
Aideen	f
Aiga	f
Aigar	m
Aigars	m
Aigerim	f
Aigul	f
Aija	f
Aikaterini	f
Aiko	u
Aila	f
Ailbhe	f
Aileen	f
Aili	f
Ailish	f
Ailsa	f
Aiman	u
Aime	f
Aimee	f
Aimilia	f
Aimo	m
Ain	m
Aina	f
Ainagul	f
Ainar	m
Ainars	m
Aini	f
Aino	u
Ainur	f
Ainura	f
Aira	f
Aire	f
Aires	m
Airi	f
Aischa	f
Aisha	f
Aisling	f
Aislinn	f
Aita	f
Aiten	f
Aiva	f
Aivar	m
Aivars	m
Aivi	f
Aivis	m
Aivo	f
Aizhan	f
Ajay	m
Ajdin	m
Ajet	m
Ajit	m
Ajla	f
Ajrie	f
Ajshe	f
Akaki	m
Akane	f
Akbar	m
Akemi	f
Aki	u
Akif	m
Akihiko	m
Akihiro	m
Akiko	f
Akinori	m
Akio	m
Akira	m
Akiva	m
Akmal	m
Akmaral	f
Akram	m
Akrom	m
Aksana	f
Aksel	m
Akseli	m
Akylbek	m
Al	m
Ala	u
Alaa	m
Alaattin	m
Alain	m
Alajos	m
Alan	m
Alana	f
Alar	m
Alari	m
Alarik	m
Alasdair	m
Alastair	m
Alba	f
Alban	m
Albana	f
Albena	f
Albert	m
Alberta	f
Albertas	m
Albertina	f
Albertine	f
Alberto	m
Alberts	m
Albi	m
Albin	m
Albina	f
Albinas	m
Albino	m
Albrecht	m
Albulena	f
Alcina	f
Alda	f
Aldijana	f
Aldin	m
Aldina	f
Aldis	m
Aldo	m
Aldona	f
Alec	m
Aleh	m
Alejandra	f
Alejandro	m
Aleko	m
Alekper	m
Aleks	m
Aleksandar	m
Aleksander	m
Aleksandr	m
Aleksandra	f
Aleksandras	m
Aleksandre	m
Aleksandrs	m
Aleksanteri	m
Aleksas	m
Aleksei	m
Aleksej	m
Aleksejs	m
Aleksey	m
Aleksi	m
Alem	m
Alen	m
Alena	f
Alenka	f
Alesha	f
Alesia	f
Alesja	f
Alessandra	f
Alessandro	m
Alessia	f
Alessio	m
Alessja	f
Alessya	f
Alesya	f
Alev	f
Alevtina	f
Alex	u
Alexa	f
Alexan	m
Alexandar	m
Alexander	m
Alexandr	m
Alexandra	f
Alexandre	m
Alexandria	f
Alexandrina	f
Alexandros	m
Alexandru	m
Alexei	m
Alexej	m
Alexey	m
Alexi	m
Alexia	f
Alexios	m
Alexis	u
Alf	m
Alfija	f
Alfio	m
Alfiya	f
Alfons	m
Alfonsas	m
Alfonso	m
Alfred	m
Alfredas	m
Alfredo	m
Algimantas	m
Algirdas	m
Algis	m
Ali	u
Alia	f
Aliaksandr	m
Aliaksandra	f
Aliaksei	m
Aliaksey	m
Alibek	m
Alica	f
Alice	f
Alicia	f
Alicja	f
Alie	f
Alija	u
Alik	m
Aliki	f
Alima	f
Alime	f
Alimzhan	m
Alin	u
Alina	f
Aline	f
Aliona	f
Alisa	f
Alisha	f
Alisher	m
Alison	f
Alissa	f
Alistair	m
Alix	f
Aliya	f
Aliye	f
Aliza	f
Aljona	f
Alka	f
Alket	m
Alketa	f
Alla	f
Allan	m
Allen	m
Alli	f
Allison	f
Allyson	f
Alma	f
Almagul	f
Almar	m
Almas	m
Almat	m
Almaz	u
Almin	m
Almir	m
Almira	f
Almudena	f
Almut	f
Almuth	f
Alo	m
Alois	m
Aloisia	f
Alojz	m
Alojzia	f
Alojzij	m
Alojzija	f
Alok	m
Alon	m
Alonzo	m
Aloyse	u
Aloyzas	m
Alp	m
Alper	m
Alphonse	m
Alpo	m
Alta	f
Altaf	m
Altan	m
Alter	m
Altin	m
Alton	m
Altynai	f
Altynay	f
Altynbek	m
Alun	m
Alush	m
Alvar	m
Alvard	f
Alvaro	m
Alvils	m
Alvin	m
Alvina	f
Alvis	m
Alvydas	m
Alwin	m
Alwyn	m
Aly	u
Alyona	f
Alyson	f
Alyssa	f
Alzira	f
Amadeu	m
Amador	m
Amal	u
Amalia	f
Amalija	f
Amanda	f
Amandine	f
Amani	f
Amar	m
Amarildo	m
Amarjit	m
Amaro	m
Amber	f
Ambika	f
Ambrogio	m
Amedeo	m
Ameen	m
Ameer	m
Amel	u
Amela	f
Amelia	f
Amer	m
Ami	u
Amie	f
Amil	m
Amila	f
Amin	m
Amina	f
Aminah	f
Amir	m
Amira	f
Amiran	m
Amit	m
Amita	f
Amitava	m
Ammar	m
Amnon	m
Amos	m
Amparo	f
Amra	f
Amrik	m
Amrit	u
Amy	f
An	u
Ana	f
Anabela	f
Anahit	f
Anaida	f
Anand	m
Anar	u
Anara	f
Anastas	m
Anastasia	f
Anastasija	f
Anastasio	m
Anastasios	m
Anastasiya	f
Anastassia	f
Anastassija	f
Anastassiya	f
Anastasya	f
Anastazija	f
Anat	f
Anatol	m
Anatoli	m
Anatolie	u
Anatolii	m
Anatolij	m
Anatolijs	m
Anatoliy	m
Anatoly	m
Anca	f
Anda	f
Anders	m
Andi	u
Andis	m
Andon	m
Andor	m
Andra	f
Andranik	m
Andre	m
Andrea	u
Andreas	m
Andree	m
Andreea	f
Andrei	m
Andreia	f
Andreina	f
Andrej	m
Andreja	f
Andrejs	m
Andres	m
Andrew	m
Andrey	m
Andri	m
Andrian	m
Andriani	f
Andries	m
Andrii	m
Andrij	m
Andrija	m
Andris	m
Andrius	m
Andriy	m
Androniki	f
Andrus	m
Andrzej	m
Andy	m
Ane	u
Anel	f
Anela	f
Anelia	f
Anelija	f
Aneliya	f
Anes	m
Anesti	m
Aneta	f
Anete	f
Anett	f
Anette	f
Ange	m
Angel	u
Angela	f
Angele	u
Angelia	f
Angelica	f
Angelika	f
Angeliki	f
Angelina	f
Angeline	f
Angelique	f
Angelo	m
Angelos	m
Anghel	m
Angie	f
Angiolina	f
Angus	m
Anh	f
Ani	f
Anica	f
Anicetas	m
Aniela	f
Aniello	m
Anil	m
Anila	f
Anis	m
Anisa	f
Anita	f
Anitta	f
Anja	f
Anjali	f
Anjana	f
Anjela	f
Anjeza	f
Anju	f
Anjum	f
Ank	f
Anka	f
Anke	f
Anker	m
Ankica	f
Ankie	f
Ann	f
AnnMarie	f
Anna	f
Annabel	f
Annabelle	f
Annalisa	f
Annalise	f
Annamaria	f
Anne	u
Annegret	f
Anneke	f
Anneli	f
Annelie	f
Annelies	f
Anneliese	f
Annelise	f
Annely	f
Annemarie	f
Annemette	f
Annemie	f
Annemiek	f
Annemieke	f
Annet	f
Annett	f
Annette	f
Anni	f
Annica	f
Annick	f
Annie	f
Anniina	f
Annika	f
Annikki	f
Annunziata	f
Anny	f
Anouk	f
Anri	u
Ans	f
Ansa	f
Anshu	f
Ansis	m
Anssi	m
Ant	m
Anta	f
Antal	m
Antanas	m
Antanina	f
Ante	m
Antero	m
Anthea	f
Anthony	m
Anthoula	f
Anti	m
Antica	f
Antigona	f
Antigoni	f
Antje	f
Anto	m
Antoaneta	f
Antoine	m
Antoinette	f
Anton	m
Antonela	f
Antonella	f
Antonello	m
Antoneta	f
Antoni	m
Antonia	f
Antonie	u
Antonietta	f
Antonija	f
Antonina	f
Antonino	m
Antonio	m
Antonios	m
Antonis	m
Antoniya	f
Antons	m
Antony	m
Antoon	m
Antra	f
Ants	m
Antti	m
Antun	m
Anu	f
Anuar	m
Anupam	m
Anupama	f
Anuradha	f
Anush	f
Anushavan	m
Anvar	m
Anwar	m
Anya	f
Anzhela	f
Anzhelika	f
Anzor	m
Aoi	f
Aoibheann	f
Aoife	f
Aparna	f
Apolonija	f
Apostol	m
Apostolos	m
April	f
Aqif	m
Ara	m
Araceli	f
Araksya	f
Aram	m
Aramais	m
Aranka	f
Ararat	m
Arash	m
Arayik	m
Arben	m
Arbenita	f
Arber	m
Arbnor	m
Arbnore	f
Arcadie	m
Arcangelo	m
Archana	f
Archibald	m
Archie	m
Archil	m
Ard	m
Arda	u
Ardak	f
Ardian	m
Ardiana	f
Ardit	m
Ardita	f
Are	m
Areg	m
Aren	m
Arend	m
Areti	f
Arevik	f
Argjent	m
Argo	m
Argyro	f
Ari	m
Ariadni	f
Arian	u
Ariana	f
Ariane	f
Arianna	f
Arie	m
Arieh	m
Ariel	u
Ariela	f
Arif	m
Arife	f
Arild	m
Arina	f
Ariola	f
Aris	m
Aristea	f
Aristeidis	m
Aristidis	m
Aristotelis	m
Arja	f
Arjan	m
Arjana	f
Arjen	m
Arjeta	f
Arjola	f
Arkadi	m
Arkadiusz	m
Arkadiy	m
Arkady	m
Arlen	m
Arlene	f
Arlette	f
Arlind	m
Arlinda	f
Arlindo	m
Arman	m
Armand	m
Armanda	f
Armando	m
Armands	m
Armas	m
Armelle	f
Armen	m
Armenak	m
Armend	m
Armenuhi	f
Armi	f
Armin	m
Arminda	f
Armindo	m
Armine	f
Arna	f
Arnaldo	m
Arnar	m
Arnaud	m
Arne	m
Arnis	m
Arno	m
Arnold	m
Arnoldas	m
Arnolds	m
Aron	m
Arpine	f
Arqile	f
Arsen	m
Arshak	m
Arshaluys	f
Arshavir	m
Arsim	m
Arta	f
Artak	m
Artan	m
Artashes	m
Artavazd	m
Artem	m
Arthur	m
Arti	u
Artiom	m
Artis	u
Arto	m
Artsiom	m
Artturi	m
Artur	m
Arturo	m
Arturs	m
Artush	m
Artyom	m
Arumugam	m
Arun	m
Aruna	f
Arunasalam	m
Arusyak	f
Arve	m
Arvi	m
Arvid	m
Arvind	m
Arvis	m
Arvo	m
Arvydas	m
Arye	m
Aryeh	m
Arzu	f
Asad	m
Asaf	m
Asako	f
Asami	f
Asan	m
Asaph	m
Ascension	f
Aschat	m
Asel	f
Asen	m
Asger	m
Asghar	m
Asha	f
Ashat	m
Asher	m
Ashkhen	f
Ashlee	f
Ashleigh	f
Ashley	f
Ashling	f
Ashok	m
Ashot	m
Ashraf	m
Ashton	u
Ashwani	u
Asif	m
Asifa	f
Asim	m
Asimina	f
Asiye	f
Asja	f
Askar	m
Askhat	m
Asko	m
Aslan	m
Aslaug	f
Asle	m
Asllan	m
Asma	f
Asmaa	f
Asmir	m
Aspasia	f
Asqeri	m
Assad	m
Assaf	m
Assan	m
Assel	u
Assem	f
Assemgul	f
Assen	m
Asser	m
Asset	m
Assi	u
Assija	f
Assiya	f
Assja	f
Assma	f
Assmaa	f
Assunta	f
Assylbek	m
Asta	f
Astghik	f
Astra	f
Astri	f
Astrid	f
Astrit	u
Asuka	f
Asuman	f
Atakan	m
Atanas	m
Atanaska	f
Atdhe	m
Athanasia	f
Athanasios	m
Athina	f
Atilla	m
Atis	m
Atle	m
Atli	m
Atsuko	f
Atsumi	f
Atsushi	m
Attila	m
Attilio	m
Atushi	m
Aubrey	u
Aud	f
Aude	f
Audra	f
Audrey	f
Audrius	m
August	m
Augusta	f
Auguste	u
Augustin	m
Augustina	f
Augustinas	m
Augusto	m
Auke	m
Aukje	f
Aukusti	m
Auli	f
Aulikki	f
Aulis	m
Aune	f
Aurel	m
Aurela	f
Aurelia	f
Aurelian	m
Aurelija	f
Aurelio	m
Aurica	f
Aurora	f
Aurore	f
Ausma	f
Austin	m
Austra	f
Austris	m
Autumn	f
Ava	f
Avdo	m
Ave	f
Avelino	m
Averil	u
Avery	u
Avetik	m
Avetis	m
Avi	m
Avigail	f
Avigdor	m
Avihai	m
Avinoam	m
Avishai	m
Avishay	m
Avital	f
Aviva	f
Avni	m
Avo	m
Avraham	m
Avril	f
Avrohom	m
Avtandil	m
Avtar	m
Axel	m
Aya	f
Ayaka	f
Ayako	f
Ayala	f
Ayan	m
Ayano	f
Aycan	f
Aydan	u
Aydin	m
Ayelet	f
Ayfer	f
Aygun	f
Ayhan	m
Aykut	m
Ayla	f
Aylin	f
Ayman	m
Aynur	f
Aysel	f
Aysun	f
Aytan	f
Ayten	f
Ayumi	f
Aza	f
Azamat	m
Azar	f
Azat	m
Azem	m
Azemina	f
Azemine	f
Azer	m
Azim	m
Azime	f
Aziz	m
Aziza	f
Azra	f
Azusa	f
Ba	m
Babken	m
Bac	m
Badia	f
Badri	m
Bae	m
Bafti	m
Baftjar	m
Bagdat	m
Bagrat	m
Bahadur	m
Bahar	f
Bahjat	f
Bahram	m
Bahrije	f
Bahriye	f
Baiba	f
Baila	f
Bailey	f
Bajan	f
Bajram	m
Bajro	m
Bakhtiyar	m
Bakhyt	u
Baki	m
Bakir	m
Bakyt	m
Bala	u
Balachandran	m
Balasingam	m
Balbir	m
Baldev	m
Baldur	m
Baldvin	m
Baljinder	m
Baljit	m
Balvir	m
Balwinder	m
Balys	m
Ban	u
Bang	u
Banu	f
Banushi	m
Bao	u
Baptiste	u
Barak	m
Barb	f
Barbara	f
Barbora	f
Barbro	f
Bardha	f
Bardhok	m
Bardhyl	m
Barica	f
Barrie	u
Barry	m
Bart	m
Bartholomew	m
Bartolomeo	m
Bartosz	m
Baruch	m
Barys	m
Bas	m
Basel	m
Basem	m
Bashar	m
Bashir	m
Bashkim	m
Basil	m
Basilio	m
Basim	m
Baskaran	m
Bassam	m
Bassel	m
Bassem	m
Bassim	m
Bastien	m
Batsheva	f
Battista	m
Batya	f
Bauke	u
Baukje	f
Baurzhan	m
Bauyrzhan	m
Bay	m
Bayan	f
Bayla	f
Bayram	m
Be	u
Bea	f
Beat	m
Beata	f
Beate	f
Beatrice	f
Beatrix	f
Beatriz	f
Becca	f
Becky	f
Bedri	m
Bedrie	f
Bedriye	f
Beena	f
Bega	m
Bego	m
Begum	f
Behar	m
Behare	f
Behija	f
Behrouz	m
Behruz	m
Behudin	m
Bei	u
Beibut	m
Beka	u
Bekim	m
Bekir	m
Bekzod	m
Bela	u
Belal	m
Belgin	f
Belinda	f
Bella	f
Belma	f
Ben	u
Bendt	m
Benedetta	f
Benedetto	m
Benedict	m
Benedicte	f
Benedikt	m
Benediktas	m
Benedikte	f
Bengt	m
Beniamin	m
Benita	f
Benito	m
Benjamin	m
Bennie	m
Benno	m
Benny	m
Bent	m
Bente	f
Benyamin	m
Beom	u
Bep	f
Beqir	m
Berat	m
Berend	m
Berglind	f
Bergur	m
Berik	m
Beril	f
Berina	f
Berislav	m
Berit	f
Berk	m
Berna	f
Bernadeta	f
Bernadett	f
Bernadette	f
Bernadine	f
Bernard	m
Bernarda	f
Bernardino	m
Bernardo	m
Bernd	m
Bernhard	m
Bernice	f
Bernie	u
Bernt	m
Berrin	f
Berry	m
Bert	m
Berta	f
Bertalan	m
Bertha	f
Berthe	f
Berthold	m
Bertil	m
Bertram	m
Bertrand	m
Bertus	m
Beryl	f
Besa	f
Besar	m
Besarta	f
Besik	m
Besim	m
Besima	f
Besjana	f
Besmir	m
Besmira	f
Besnik	m
Bessie	f
Beth	f
Bethan	f
Bethany	f
Beti	f
Betina	f
Betsie	f
Betsy	f
Bette	f
Bettie	f
Bettina	f
Betty	f
Bettye	f
Beulah	f
Bev	f
Beverley	f
Beverly	f
Bexhet	m
Beyhan	f
Beyza	f
Bhajan	m
Bharti	f
Bhupinder	m
Biagio	m
Bianca	f
Biao	u
Bibi	f
Bich	f
Bien	m
Bilal	m
Bilge	f
Biljana	f
Bill	m
Billie	f
Billy	m
Bilyana	f
Bin	u
Bing	u
Binh	u
Binyamin	m
Bircan	f
Birger	m
Birgir	m
Birgit	f
Birgitt	f
Birgitta	f
Birgitte	f
Birkir	m
Birna	f
Birol	m
Birsen	f
Birta	f
Birte	f
Birthe	f
Biruta	f
Biser	m
Biserka	f
Bisser	m
Bistra	f
Bitten	f
Bjarke	m
Bjarki	m
Bjarne	m
Bjarney	f
Bjarni	m
Bjartmar	m
Bjartur	m
Bjorn	m
Blaga	f
Blagica	f
Blagoj	m
Blagoja	m
Blagoje	m
Blagorodna	f
Blaine	m
Blair	u
Blake	m
Blanca	f
Blanche	f
Blandine	f
Blanka	f
Blas	m
Bledar	m
Blendi	m
Blerim	m
Blerina	f
Blerta	f
Bo	u
Boaz	m
Bob	m
Boban	m
Bobbi	f
Bobbie	u
Bobby	m
Bobi	m
Bobur	m
Bodil	f
Bodo	m
Bogdan	m
Bogdana	f
Bogi	m
Bogomir	m
Bohdan	m
Bohumil	m
Bohumila	f
Bohuslav	m
Bohuslava	f
Bojan	m
Bojana	f
Bojidar	m
Bok	u
Bolat	m
Boleslovas	m
Boncho	m
Bong	u
Bonita	f
Bonka	f
Bonnie	f
Boo	u
Bora	u
Borghild	f
Borghildur	f
Boris	m
Borisav	m
Borislav	m
Borislava	f
Boriss	m
Borivoje	m
Borjana	f
Borka	f
Borko	m
Boro	m
Borut	m
Boryana	f
Borys	m
Bosiljka	f
Botagoz	f
Botir	m
Boushra	f
Boyan	m
Boyd	m
Boye	m
Bozana	f
Bozanka	f
Bozhana	f
Bozhanka	f
Bozhidar	m
Bozidar	m
Bracha	f
Brad	m
Bradford	m
Bradley	m
Brady	m
Bragi	m
Bram	m
Brandi	f
Brandon	m
Brandy	f
Brane	m
Branimir	m
Branislav	m
Branislava	f
Branka	f
Brankica	f
Branko	m
Bratislav	m
Breanna	f
Breda	f
Breeda	f
Breki	m
Brenda	f
Brendan	m
Brent	m
Bret	m
Brett	m
Brian	m
Briana	f
Brianna	f
Brice	m
Bridget	f
Bridgette	f
Bridie	f
Brighid	f
Brigid	f
Brigita	f
Brigitta	f
Brigitte	f
Brikena	f
Brit	f
Brita	f
Britney	f
Britt	u
Britta	f
Brittany	f
Brittney	f
Brock	m
Bronislava	f
Bronislavas	m
Bronislovas	m
Bronius	m
Bronwen	f
Brooke	f
Bror	m
Bruce	m
Bruna	f
Brunhilde	f
Brunilda	f
Bruno	m
Bryan	m
Bryant	m
Bryce	m
Bryn	m
Brynhildur	f
Brynja	f
Brynjar	m
Bu	u
Buddy	m
Budimir	m
Bujar	m
Buket	f
Bukurie	f
Bukurije	f
Bulat	m
Bum	m
Bun	u
Burak	m
Burbuqe	f
Burcu	f
Burhan	m
Burim	m
Burkhard	m
Buse	f
Bushra	f
Byeong	u
Bylgja	f
Byong	u
Byoung	u
Byron	m
Byung	u
Caetano	m
Cafer	m
Cai	u
Caitlin	f
Caitlyn	f
Caleb	m
Callie	f
Calogero	m
Calvin	m
Cam	u
Camelia	f
Cameron	m
Camilla	f
Camille	f
Camillo	m
Camilo	m
Can	u
Canan	f
Candace	f
Candice	f
Candida	f
Candido	m
Candy	f
Caner	m
Canh	m
Cansu	f
Cao	u
Caoimhe	f
Cara	f
Carey	u
Caridad	f
Carin	f
Carina	f
Carine	f
Carissa	f
Carl	m
Carla	f
Carlo	m
Carlos	m
Carlton	m
Carly	f
Carmel	u
Carmela	f
Carmelina	f
Carmelo	m
Carmen	f
Carmine	m
Carol	u
Carola	f
Carole	f
Carolien	f
Carolin	f
Carolina	f
Caroline	f
Carolus	m
Carolyn	f
Carrie	f
Carroll	m
Carson	m
Carsten	m
Carter	m
Cary	m
Casey	u
Casimiro	m
Casper	m
Cassandra	f
Cassidy	f
Cassie	f
Catalina	f
Catarina	f
Caterina	f
Cathal	m
Catharina	f
Catherine	f
Cathleen	f
Cathrine	f
Cathriona	f
Cathryn	f
Cathy	f
Catia	f
Cato	m
Catrin	f
Catriona	f
Cavit	m
Cecelia	f
Cecil	u
Cecile	f
Cecilia	f
Cecilie	f
Cecilija	f
Cecylia	f
Cedric	m
Cees	m
Celal	m
Celeste	f
Celestina	f
Celestino	m
Celia	f
Celina	f
Cem	m
Cemal	m
Cemil	m
Cemile	f
Cemre	f
Cengiz	m
Cenk	m
Cenka	f
Cennet	f
Ceren	f
Ceri	u
Cesar	m
Cesare	m
Cesarina	f
Cevat	m
Cevdet	m
Ceyhun	m
Cezar	m
Cezary	m
Cha	u
Chad	m
Chae	u
Chaim	m
Chan	u
Chana	f
Chanah	f
Chanan	m
Chandra	u
Chang	u
Chanh	m
Channa	f
Chantal	f
Chao	u
Chara	f
Charalampos	m
Charanjit	m
Charikleia	f
Chariklia	f
Charilaos	m
Charis	u
Charity	f
Charlene	f
Charles	m
Charlie	m
Charline	f
Charlott	f
Charlotta	f
Charlotte	f
Charly	m
Charmaine	f
Chase	m
Chasity	f
Chau	u
Chava	f
Chavah	f
Chaya	f
Chelliah	m
Chelsea	f
Chelsey	f
Chen	u
Cheng	u
Cheol	u
Cheon	u
Cheong	u
Cheri	f
Cherie	f
Cherry	f
Cheryl	f
Chester	m
Cheyenne	f
Chhaya	f
Chi	u
Chiaki	f
Chiara	f
Chie	f
Chieko	f
Chien	u
Chieu	u
Chiharu	f
Chihiro	f
Chika	f
Chikako	f
Chin	u
Chingiz	m
Chinh	m
Chisato	f
Chitra	f
Chizuko	f
Chizuru	f
Chloe	f
Cho	u
Chol	m
Chon	u
Chong	u
Choo	u
Choon	u
Choong	u
Chris	m
Christa	f
Christel	f
Christelle	f
Christer	m
Christi	f
Christiaan	m
Christian	m
Christiana	f
Christiane	f
Christianne	f
Christie	f
Christien	f
Christin	f
Christina	f
Christine	f
Christl	f
Christodoulos	m
Christof	m
Christoffer	m
Christoforos	m
Christoph	m
Christophe	m
Christopher	m
Christos	m
Christy	u
Chrysa	f
Chrysanthi	f
Chrysi	f
Chrysoula	f
Chu	u
Chuan	u
Chuck	m
Chul	m
Chun	u
Chung	u
Chuong	m
Chuyen	u
Cian	m
Ciara	f
Ciaran	m
Cihan	m
Cillian	m
Cindy	f
Cinzia	f
Ciprian	m
Cipriano	m
Ciril	m
Ciro	m
Claes	m
Clair	m
Claire	f
Clara	f
Clare	f
Clarence	m
Clarice	f
Clarissa	f
Clark	m
Clas	m
Claude	m
Claudette	f
Claudia	f
Claudie	f
Claudine	f
Claudio	m
Claudiu	m
Claus	m
Clay	m
Clayton	m
Clelia	f
Clemens	m
Clement	m
Clemente	m
Clementina	f
Cleo	f
Cleveland	m
Cliff	m
Clifford	m
Clifton	m
Clint	m
Clinton	m
Clive	m
Clodagh	f
Clotilde	f
Clyde	m
Co	u
Coby	u
Cody	m
Coen	m
Colby	m
Cole	m
Colette	f
Colin	m
Colleen	f
Collette	f
Collin	m
Colm	m
Colton	m
Colum	m
Con	m
Conan	m
Concepta	f
Concetta	f
Cong	u
Conka	f
Connell	m
Conni	f
Connie	f
Connor	m
Conny	u
Conor	m
Conrad	m
Constance	f
Constant	m
Constantin	m
Constantina	f
Constantino	m
Constanze	f
Consuelo	f
Cor	m
Cora	f
Coral	f
Coralie	f
Cordula	f
Corentin	m
Corey	m
Coriena	f
Corina	f
Corine	f
Corinna	f
Corinne	f
Cormac	m
Cornel	m
Cornelia	f
Cornelis	m
Corneliu	m
Cornelius	m
Corrado	m
Corrie	f
Corry	f
Cory	m
Cosima	f
Cosimo	m
Cosmin	m
Costache	m
Costantino	m
Costel	m
Costin	m
Courtney	f
Craig	m
Cristea	f
Cristian	m
Cristiana	f
Cristiano	m
Cristina	f
Cristinel	m
Cruz	u
Crystal	f
Csaba	m
Csilla	f
Ctibor	m
Cu	u
Cuc	f
Cuong	m
Curt	m
Curtis	m
Cveta	f
Cvetan	m
Cvetana	f
Cvetanka	f
Cvetelina	f
Cvetka	f
Cvita	f
Cynthia	f
Cyril	m
Cyrille	u
Da	u
Daan	m
Dac	u
Dace	f
Dae	u
Dafina	f
Dafinka	f
Dafna	f
Dafni	f
Dag	m
Dagfinn	m
Dagmar	f
Dagmara	f
Dagnija	f
Dagnis	m
Dagny	f
Dagur	m
Dai	u
Daiga	f
Daiki	m
Daina	f
Dainis	m
Dainius	m
Daira	f
Daisuke	m
Daisy	f
Daiva	f
Dajana	f
Dakota	m
Dal	u
Dalal	f
Dalbir	m
Dale	m
Dali	f
Dalia	f
Daliah	f
Dalibor	m
Dalip	m
Dalit	f
Dalius	m
Daljit	m
Dallas	m
Dalton	m
Damian	m
Damiano	m
Damianos	m
Damien	m
Damijan	m
Damilja	f
Damilya	f
Damir	m
Damira	f
Damjan	m
Damjana	f
Damla	f
Damon	m
Damyan	m
Dan	u
Dana	f
Danail	m
Danara	f
Dancho	m
Dane	m
Dang	u
Danh	u
Dani	u
Daniar	m
Danica	f
Daniel	m
Daniela	f
Daniele	u
Danielius	m
Daniella	f
Danielle	f
Daniil	m
Danijel	m
Danijela	f
Danila	u
Danilo	m
Daniyar	m
Danjela	f
Danka	f
Danko	m
Danny	m
Dante	m
Danuta	f
Dany	u
Danylo	m
Dao	u
Daphna	f
Daphne	f
Dara	u
Daragh	m
Darcy	f
Dardan	m
Dare	m
Darejan	f
Daria	f
Dariga	f
Darija	f
Darin	u
Darina	f
Darinka	f
Dario	m
Darius	m
Dariusz	m
Dariya	f
Darja	f
Darkhan	m
Darko	m
Darla	f
Darlene	f
Darnell	m
Darragh	m
Darrel	m
Darrell	m
Darren	m
Darri	m
Darrin	m
Darryl	m
Darwin	m
Darya	f
Daryl	m
Dashamir	m
Dashnor	m
Dat	m
Dato	m
Dau	u
Daulet	m
Dauren	m
Daut	m
Dave	m
David	m
Davide	m
Davina	f
Davinder	m
Davit	m
Davor	m
Davorin	m
Davorka	f
Davron	m
Davut	m
Davy	m
Dawid	m
Dawn	f
De	u
Dean	u
Deana	f
Deanna	f
Deanne	f
Deb	u
Debbie	f
Debby	f
Debora	f
Deborah	f
Debra	f
Declan	m
Dee	f
Deep	f
Deepa	f
Deepak	m
Deepika	f
Deepti	f
Deidre	f
Deirdre	f
Dejan	m
Delbert	m
Delfim	m
Delia	f
Della	f
Delores	f
Deloris	f
Delphine	f
Demet	f
Demetrio	m
Demetrius	m
Demir	m
Dena	f
Denada	f
Dencho	m
Denis	m
Denisa	f
Denise	f
Deniss	m
Deniz	f
Denka	f
Dennis	m
Denys	m
Deok	u
Deolinda	f
Derek	m
Derenik	m
Derick	m
Derk	m
Dermot	m
Derrick	m
Dervo	m
Derya	f
Des	m
Desanka	f
Desimir	m
Desiree	f
Desislava	f
Desmond	m
Despa	f
Despina	f
Despoina	f
Despot	m
Dessislava	f
Destiny	f
Detelina	f
Detlef	m
Detlev	m
Devi	f
Devin	u
Devinder	m
Devon	u
Devora	f
Devorah	f
Devrim	m
Dewayne	m
Dewey	m
Dexter	m
Deyan	m
Dezider	m
Dhimiter	m
Dhimitraq	m
Dhori	m
Dhurata	f
Di	u
Diamantino	m
Diamanto	f
Dian	u
Diana	f
Diane	f
Dianna	f
Dianne	f
Diarmuid	m
Dias	m
Dick	m
Didem	f
Didier	m
Didina	f
Didzis	m
Diedrich	m
Diego	m
Diem	u
Dien	u
Diep	f
Dieter	m
Dietmar	m
Dietrich	m
Dieu	u
Dijan	m
Dijana	f
Dikla	f
Dilan	u
Dilara	f
Dilaver	m
Dildora	f
Dilek	f
Dilfuza	f
Dilip	m
Dillon	m
Dilmurod	m
Dilnoza	f
Dilshad	f
Dilshod	m
Dilya	f
Dilyara	f
Dilys	f
Dima	u
Dimcho	m
Dime	m
Dimitar	m
Dimitra	f
Dimitri	m
Dimitrie	m
Dimitrija	u
Dimitrije	m
Dimitrina	f
Dimitrios	m
Dimitris	m
Dimitritchka	f
Dimka	f
Dimko	m
Dimo	m
Dimosthenis	m
Dina	f
Dinah	f
Dinara	f
Dineke	f
Dinesh	m
Ding	u
Dinh	m
Dinie	f
Dinjo	m
Dinka	f
Dinko	m
Dino	m
Dinu	m
Diny	f
Diogo	m
Dion	m
Dionisio	m
Dionysia	f
Dionysios	m
Dirk	m
Dita	f
Ditte	f
Divna	f
Divya	f
Dixie	f
Diyan	m
Diyana	f
Diyor	m
Djamila	f
Dmitri	m
Dmitrii	m
Dmitrij	m
Dmitrijs	m
Dmitriy	m
Dmitro	m
Dmitry	m
Dmytriy	m
Dmytro	m
Do	u
Doan	m
Dobra	f
Dobre	m
Dobri	m
Dobrila	f
Dobrin	m
Dobrina	f
Dobrinka	f
Dobrivoje	m
Dobromila	f
Dobromir	m
Dobrosav	m
Doc	u
Dode	m
Doina	f
Dolly	f
Dolores	f
Domagoj	m
Domen	m
Domenica	f
Domenico	m
Domingo	m
Domingos	m
Dominic	m
Dominick	m
Dominik	m
Dominika	f
Dominique	u
Domnica	f
Don	u
Dona	f
Donagh	m
Donal	m
Donald	m
Donara	f
Donata	f
Donatas	m
Donatella	f
Donato	m
Doncho	m
Dong	u
Donika	f
Doniyor	m
Donjeta	f
Donka	f
Donna	f
Donnacha	m
Donncha	m
Donnchadh	m
Donnie	m
Donovan	m
Doo	u
Dora	f
Doreen	f
Dorel	m
Dorian	m
Dorien	f
Dorin	m
Dorina	f
Dorine	f
Doris	f
Dorit	f
Dorjan	m
Doron	m
Dorota	f
Doroteja	f
Dorothea	f
Dorothee	f
Dorothy	f
Dorottya	f
Dorrit	f
Dorte	f
Dorthe	f
Doru	m
Doruntina	f
Doug	m
Douglas	m
Douwe	m
Dov	m
Dovid	m
Doyle	m
Draga	f
Dragan	m
Dragana	f
Drage	m
Dragi	m
Dragica	f
Draginja	f
Drago	m
Dragoljub	m
Dragomir	m
Dragoslav	m
Dragoslava	f
Dragutin	m
Dren	m
Drew	m
Drilon	m
Drin	m
Drita	f
Dritan	m
Driton	m
Dror	m
Du	u
Duane	m
Duarte	m
Dubravka	f
Dubravko	m
Duc	m
Dudi	m
Dudley	m
Dudu	u
Due	u
Duje	m
Dujo	m
Duk	u
Dulce	f
Dulcie	f
Dumitra	f
Dumitru	m
Duncan	m
Dung	u
Dunja	f
Duo	u
Duoc	u
Duong	m
Duran	m
Durim	m
Durk	m
Dursun	m
Dustin	m
Duy	m
Duyen	f
Duygu	f
Dvora	f
Dwayne	m
Dwight	m
Dylan	m
Dylbere	f
Dympna	f
Dziana	f
Dzianis	m
Dzidra	f
Dzimitry	m
Dzintars	m
Dzintra	f
Dziyana	f
Dzmitri	m
Dzmitry	m
Eamon	m
Eamonn	m
Earl	m
Earnest	m
Ebba	f
Ebbe	u
Eberhard	m
Ebony	f
Ebrahim	m
Ebru	f
Ecaterina	f
Ece	f
Ecem	f
Eckhard	m
Ed	m
Eda	f
Edda	f
Eddie	m
Eddy	u
Ede	u
Edel	f
Edeltraud	f
Edgar	m
Edgard	m
Edgars	m
Edhem	m
Edibe	f
Edijs	m
Edik	m
Edin	m
Edina	f
Edis	m
Edisa	f
Edison	m
Edit	f
Edita	f
Edith	f
Edlira	f
Edmond	m
Edmund	m
Edmundas	m
Edmunds	m
Edna	f
Edo	m
Edoardo	m
Edona	f
Edouard	m
Eduard	m
Eduarda	f
Eduardas	m
Eduardo	m
Eduards	m
Eduart	m
Edvard	m
Edvardas	m
Edward	m
Edwige	f
Edwin	m
Edwina	f
Edyta	f
Eemeli	m
Eerik	m
Eero	m
Eeva	f
Efe	m
Effrosyni	f
Efim	m
Efraim	m
Efrat	f
Efstathia	f
Efstathios	m
Efstratia	f
Efstratios	m
Efterpi	f
Efthalia	f
Efthymia	f
Efthymios	m
Eftim	m
Eftychia	f
Egbert	m
Eggert	m
Egidijus	m
Egidio	m
Egil	m
Egill	m
Egils	m
Eglantina	f
Egle	f
Egon	m
Egons	m
Egor	m
Egzon	m
Egzona	f
Eha	f
Ehud	m
Eigil	m
Eiichi	m
Eija	f
Eiji	m
Eiko	u
Eila	f
Eileen	f
Eilert	m
Eilish	f
Eilt	m
Eimear	f
Einar	m
Einari	m
Einat	f
Eino	m
Eir	f
Eira	f
Eirik	m
Eirini	f
Eitan	m
Eithne	f
Eivind	m
Eivor	f
Ejnar	m
Ejner	m
Ejup	m
Ejvind	m
Eka	f
Ekaterina	f
Ekaterine	f
Ekaterini	f
Ekin	f
Ekrem	m
Elad	m
Eladio	m
Elaine	f
Elana	f
Elayathamby	m
Elbert	m
Elchin	m
Elcin	m
Elda	f
Eldar	m
Eldin	m
Eldon	m
Eldor	m
Eleanor	f
Eleftheria	f
Eleftherios	m
Elek	m
Elen	f
Elena	f
Elene	f
Eleni	f
Elenka	f
Eleonora	f
Eleonore	f
Elfa	f
Elfar	m
Elfete	f
Elfi	f
Elfriede	f
Elga	f
Elguja	m
Eli	u
Elia	f
Eliahu	m
Eliana	f
Eliane	f
Elias	m
Elica	f
Elida	f
Elide	f
Elie	m
Eliezer	m
Elif	f
Eliisa	f
Elijah	m
Elimelech	m
Elin	f
Elina	f
Elinor	f
Elio	m
Elira	f
Eliran	m
Elis	u
Elisa	f
Elisabet	f
Elisabeta	f
Elisabete	f
Elisabeth	f
Elisabetta	f
Elisavet	f
Elisaveta	f
Elise	f
Elisha	u
Elisheva	f
Elissavet	f
Elissaveta	f
Elita	f
Eliyahu	m
Eliza	f
Elizabeta	f
Elizabeth	f
Elizaveta	f
Eljas	m
Eljon	m
Elka	f
Elke	u
Elkhan	m
Ella	f
Elle	f
Ellen	f
Ellert	m
Elles	f
Elli	f
Ellie	f
Ellinor	f
Elliot	m
Elliott	m
Ellis	u
Elly	f
Elma	f
Elman	m
Elmar	m
Elmas	f
Elmaz	u
Elmaze	f
Elmer	m
Elmir	m
Elmira	f
Elmo	m
Elmurod	m
Elna	f
Elnara	f
Elnur	m
Elo	m
Elodie	f
Eloise	f
Elona	f
Eloy	m
Elpida	f
Els	f
Elsa	f
Elsbeth	f
Else	u
Elsebeth	f
Elshad	m
Elshan	m
Elsie	f
Elspeth	f
Elsy	f
Elton	m
Elva	f
Elvan	u
Elvana	f
Elvar	m
Elvedin	m
Elvedina	f
Elvi	f
Elvin	m
Elvina	f
Elvir	m
Elvira	f
Elvire	f
Elvis	m
Elvy	f
Elxan	m
Elza	f
Ema	f
Emad	m
Emanoil	m
Emanuel	m
Emanuela	f
Emanuele	m
Embla	f
Emel	f
Emelie	f
Emer	f
Emi	f
Emiel	m
Emiko	f
Emil	m
Emile	m
Emilia	f
Emilian	m
Emiliano	m
Emilie	f
Emilienne	f
Emilija	f
Emilio	m
Emiliya	f
Emily	f
Emin	m
Emina	f
Emine	f
Emir	m
Emira	f
Emma	f
Emmanouil	m
Emmanuel	m
Emmanuelle	f
Emmerich	m
Emmet	m
Emmett	m
Emmy	f
Emrah	m
Emre	m
Ena	f
Encho	m
Enda	m
Endel	m
Ender	m
Endla	f
Endre	m
Endri	m
Endrit	m
Ene	f
Enea	u
Eneida	f
Enes	m
Engelbert	m
Engin	m
Engjell	m
Engjellushe	f
Enid	u
Enida	f
Enisa	f
Enkeleda	f
Enkelejda	f
Enn	m
Ennio	m
Enno	m
Enrica	f
Enrico	m
Enrique	m
Enriqueta	f
Ensio	m
Entela	f
Enver	m
Enza	f
Enzo	m
Eoghan	m
Eoin	m
Ephraim	m
Epp	f
Eqerem	m
Era	f
Erald	m
Eralda	f
Eran	m
Eranda	f
Erasmia	f
Ercan	m
Erdal	m
Erdem	m
Eren	m
Erez	m
Ergin	m
Ergo	m
Ergys	m
Erhan	m
Erhard	m
Eri	u
Eric	m
Erica	f
Erich	m
Erick	m
Ericka	f
Erik	m
Erika	f
Eriko	f
Erin	f
Erinda	f
Eriola	f
Erion	m
Eris	m
Eriselda	f
Erja	f
Erjola	f
Erjon	m
Erjona	f
Erkan	m
Erki	m
Erkin	m
Erkki	m
Erla	f
Erlan	m
Erland	m
Erlendur	m
Erlinda	f
Erling	m
Erlingur	m
Erma	f
Ermal	m
Ermanno	m
Ermelinda	f
Ermin	m
Ermina	f
Erminia	f
Erminio	m
Ermir	m
Ermira	f
Erna	f
Ernest	m
Ernesta	f
Ernestine	f
Ernesto	m
Ernests	m
Ernie	u
Ernst	m
Erny	u
Erol	m
Eroll	m
Ersilia	f
Ersin	m
Ertan	m
Ervand	m
Ervehe	f
Ervin	m
Ervis	m
Erwan	m
Erwin	m
Esa	m
Esad	m
Esat	m
Esben	m
Esen	f
Esin	f
Esko	m
Esma	f
Esme	f
Esmeralda	f
Esmira	f
Espen	m
Esperanza	f
Esra	f
Essam	m
Essi	f
Essie	f
Esta	f
Esteban	m
Estella	f
Estelle	f
Ester	f
Esteri	f
Esther	f
Estrella	f
Eszter	f
Etela	f
Etelka	f
Etelvina	f
Ethan	m
Ethel	f
Ethem	m
Eti	f
Etibar	m
Etienne	m
Etleva	f
Etsuko	f
Etta	f
Ettore	m
Etty	f
Eudochia	f
Eufrosina	f
Eufrosinia	f
Eugen	m
Eugene	m
Eugeni	m
Eugenia	f
Eugenija	f
Eugenijus	m
Eugenio	m
Eugeniu	m
Eugeniusz	m
Eui	u
Eula	f
Eulalia	f
Eun	f
Eung	u
Eunice	f
Euphemia	f
Eusebio	m
Eva	f
Evald	m
Evaldas	m
Evan	m
Evangelia	f
Evangelos	m
Evanthia	f
Evdokia	f
Evdokija	f
Evdokiya	f
Eve	f
Evelien	f
Eveliina	f
Evelin	f
Evelina	f
Eveline	f
Evelyn	f
Evelyne	f
Everett	m
Evert	m
Evgen	m
Evgeni	m
Evgenia	f
Evgenij	m
Evgenija	f
Evgeniy	m
Evgeniya	f
Evgeny	m
Evgheni	m
Evi	u
Evica	f
Evija	f
Evis	m
Evita	f
Evren	m
Evy	f
Ewa	f
Ewald	m
Ewan	m
Ewelina	f
Ewgenia	f
Eyal	m
Eylem	f
Eysteinn	m
Eytan	m
Ezgi	f
Ezio	m
Ezra	m
Fabian	m
Fabien	m
Fabienne	f
Fabio	m
Fabiola	f
Fabrice	m
Fabrizio	m
Fadel	m
Fadhel	m
Fadi	m
Fadil	m
Fadila	f
Fadime	f
Fadwa	f
Fady	m
Fagan	m
Fahd	m
Fahri	m
Fahrija	f
Fahriye	f
Fahrudin	m
Faig	m
Faiga	f
Faik	m
Faisal	m
Faith	f
Fakete	f
Fan	u
Fang	u
Fani	f
Fanka	f
Fannar	m
Fanney	f
Fannie	f
Fanny	f
Fanourios	m
Farah	f
Farahnaz	f
Faranaz	f
Fares	m
Farhad	m
Farhod	m
Farid	m
Farida	f
Farie	f
Farije	f
Faris	m
Farouk	m
Farrux	m
Farudin	m
Faruk	m
Fata	f
Fatbardha	f
Fatema	f
Fatemeh	f
Faten	f
Fatih	m
Fatima	f
Fatimah	f
Fatime	f
Fation	m
Fatjon	m
Fatjona	f
Fatma	f
Fatme	f
Fatmeh	f
Fatmir	m
Fatmira	f
Fatmire	f
Fatos	u
Faustino	m
Fausto	m
Fawaz	m
Fawzi	m
Fay	f
Faye	f
Fayez	m
Faysal	m
Federica	f
Federico	m
Fedir	m
Fedor	m
Fehim	m
Fehime	f
Fehmi	m
Fei	u
Feim	m
Fejzi	m
Fejzo	m
Felice	m
Felicia	f
Feliciano	m
Felicidad	f
Felicija	f
Felicity	f
Feliks	m
Feliksas	m
Felipa	f
Felipe	m
Felisa	f
Felix	m
Femke	f
Fen	u
Feng	u
Feodora	f
Ferda	f
Ferdi	m
Ferdinand	m
Ferdinando	m
Ferdinant	m
Ferenc	m
Fergal	m
Fergus	m
Ferhan	m
Ferhat	m
Ferid	m
Ferida	f
Feride	f
Feriha	f
Ferit	m
Feriz	m
Fernand	m
Fernanda	f
Fernande	f
Fernando	m
Ferruccio	m
Ferry	m
Feruza	f
Fetije	f
Fevzi	m
Feyza	f
Fiach	m
Fidan	f
Fidel	m
Fidelma	f
Figen	f
Fikret	m
Fikreta	f
Fikrije	f
Fikriye	f
File	f
Filip	m
Filipa	f
Filipe	m
Filippa	f
Filippo	m
Filippos	m
Filiz	f
Filka	f
Filloreta	f
Filofteia	f
Filomena	f
Finbarr	m
Finn	m
Finnbogi	m
Finnur	m
Finola	f
Fintan	m
Fiodor	m
Fiona	f
Fionnuala	f
Fiorella	f
Fiorenzo	m
Fiqirete	f
Fiqiri	m
Fira	f
Firas	m
Firdevs	f
Firuz	m
Firuza	f
Fisnik	m
Fitim	m
Fitnete	f
Fitore	f
Fjolla	f
Flamur	m
Flavia	f
Flavio	m
Flemming	m
Fleur	f
Floare	f
Floarea	f
Flora	f
Florea	f
Florenc	m
Florence	f
Florencia	f
Florencio	m
Florent	m
Florentin	m
Florentina	f
Florentino	m
Florian	m
Florica	f
Florie	f
Florije	f
Florim	m
Florin	m
Florina	f
Florinda	f
Floyd	m
Flutura	f
Focko	m
Fokke	m
Folke	u
Folkert	m
Fons	m
Forrest	m
Fortunato	m
Foteini	f
Fotini	f
Fotios	m
Fotis	m
Fouad	m
Fragkiskos	m
Fran	u
Franc	m
Franca	f
France	u
Frances	u
Francesc	m
Francesca	f
Francesco	m
Franci	u
Francien	f
Francine	f
Francis	u
Francisc	m
Francisca	f
Francisco	m
Franciscus	m
Franciszek	m
Franck	m
Franco	m
Frane	m
Franjo	m
Frank	m
Franka	f
Frankie	u
Franklin	m
Franky	m
Frano	m
Frans	m
Franz	m
Franziska	f
Fraser	m
Frauke	f
Fred	m
Freda	f
Freddie	m
Freddy	m
Frede	m
Frederic	m
Frederick	m
Frederico	m
Frederik	m
Fredi	m
Fredrick	m
Fredrik	m
Fredy	m
Freek	m
Freideriki	f
Frerich	m
Freyja	f
Freyr	m
Frida	f
Frideriki	f
Fridolin	m
Fridrich	m
Frieda	f
Friederike	f
Friedhelm	m
Friedrich	m
Frigyes	m
Frits	m
Fritz	m
Frode	m
Froukje	f
Frunze	m
Fruzsina	f
Fu	u
Fuad	m
Fuat	m
Fulvia	f
Fulvio	m
Fulya	f
Fumiaki	m
Fumie	f
Fumiko	f
Fumio	m
Fumiyo	f
Funda	f
Furkan	m
Furkat	m
Fusako	f
Gabi	u
Gabriel	m
Gabriela	f
Gabriele	u
Gabriella	f
Gabrielle	f
Gabrijela	f
Gaby	f
Gad	m
Gaetana	f
Gaetano	m
Gafur	m
Gagik	m
Gai	u
Gaida	f
Gail	f
Gaini	f
Gal	m
Gale	f
Galia	f
Galina	f
Galit	f
Galiya	f
Galja	f
Galust	m
Galya	f
Galym	m
Galymzhan	m
Galyna	f
Gamze	f
Gan	u
Gancho	m
Gang	u
Gani	m
Ganimete	f
Ganka	f
Ganna	f
Garegin	m
Gareth	m
Garik	m
Garland	m
Garnik	m
Garrelt	m
Garret	m
Garrett	m
Garry	m
Gary	m
Garyfalia	f
Gaspar	m
Gaspare	m
Gaston	m
Gatis	m
Gaukhar	f
Gautam	m
Gauti	m
Gavan	m
Gavin	m
Gavril	m
Gay	f
Gayane	f
Gayle	f
Gaynor	f
Gaziz	m
Gazmend	m
Ge	u
Gea	f
Gebhard	m
Gedalia	m
Gediminas	m
Geert	m
Geertje	f
Geeta	f
Gegam	m
Gegham	m
Geir	m
Gejza	m
Geke	f
Gela	u
Gelu	m
Gema	f
Gemma	f
Gena	u
Genc	m
Genci	m
Gene	m
Geneva	f
Genevieve	f
Geng	u
Gennadi	m
Gennadij	m
Gennadiy	m
Gennady	m
Gennaro	m
Genoveva	f
Genowefa	f
Genrikh	m
Gent	m
Genti	m
Gentian	m
Gentiana	f
Gentjan	m
Geoff	m
Geoffrey	m
Georg	m
George	u
Georges	m
Georgeta	f
Georgette	f
Georgi	m
Georgia	f
Georgiana	f
Georgii	m
Georgij	m
Georgina	f
Georgios	m
Georgiy	m
Georgs	m
Georgy	m
Ger	u
Geraint	m
Gerald	m
Geraldine	f
Gerard	m
Gerarda	f
Gerardine	f
Gerardo	m
Gerardus	m
Gerasimos	m
Gerben	m
Gerd	u
Gerda	f
Gerdien	f
Gergana	f
Gergely	m
Gergina	f
Gerhard	m
Gerhardine	f
Gerli	f
Gerlinde	f
Germain	m
Germaine	f
German	m
Germana	f
Germano	m
Gernot	m
Gerold	m
Gerrie	f
Gerrit	m
Gerry	m
Gershon	m
Gert	u
Gerta	f
Gerti	u
Gertie	f
Gertraud	f
Gertraude	f
Gertrud	f
Gertrude	f
Gerwin	m
Gesa	f
Gesine	f
Gestur	m
Geta	f
Geun	u
Gevorg	m
Gevork	m
Ghada	f
Ghassan	m
Ghazi	m
Ghenadie	m
Gheorghe	m
Gherghina	f
Ghida	f
Ghina	f
Ghislain	m
Ghislaine	f
Gholam	m
Ghulam	m
Gi	u
Gia	u
Giac	m
Giacomina	f
Giacomo	m
Giampaolo	m
Giampiero	m
Gian	m
Giancarla	f
Giancarlo	m
Gianfranco	m
Giang	u
Gianluca	m
Gianluigi	m
Gianna	f
Gianni	m
Giannina	f
Giannis	m
Giannoula	f
Giao	f
Gideon	m
Giedrius	m
Giga	m
Gijs	m
Gil	u
Gila	f
Gilbert	m
Gilberte	f
Gilberto	m
Gilda	f
Giles	m
Gilles	m
Gillian	f
Gina	f
Ginette	f
Ginger	f
Ginka	f
Gino	m
Ginta	f
Gintaras	m
Gintautas	m
Gints	m
Gioacchino	m
Giordano	m
Giorgi	m
Giorgio	m
Giorgios	m
Giovanna	f
Giovanni	m
Giovannina	f
Girolamo	m
Gisela	f
Gisella	f
Gissur	m
Gita	f
Gitte	f
Gittel	f
Giulia	f
Giuliana	f
Giuliano	m
Giulio	m
Giuseppa	f
Giuseppe	m
Giuseppina	f
Givi	m
Gizela	f
Gizella	f
Gizem	f
Gjergj	m
Gjergji	m
Gjin	m
Gjinovefa	f
Gjoko	m
Gjon	m
Gjore	m
Gjorgje	m
Gjorgji	m
Gjorgjija	m
Gjovalin	m
Gladys	f
Gleb	m
Glen	m
Glenda	f
Glenn	m
Glenna	f
Glenys	f
Gligor	m
Gloria	f
Glyn	f
Glynis	f
Glynn	m
Go	u
Gobnait	f
Goce	m
Gocha	m
Godfrey	m
Godwin	m
Gogi	m
Gohar	f
Gojko	m
Golda	f
Gon	u
Gonca	f
Gong	u
Gonnie	f
Gonny	f
Gonzalo	m
Goo	u
Gopal	m
Gor	m
Goran	m
Gorazd	m
Gordan	m
Gordana	f
Gordon	m
Gorica	f
Gorm	m
Gospodin	m
Gottfried	m
Grace	f
Gracie	f
Gracija	f
Gracinda	f
Gradimir	m
Grady	m
Graeme	m
Graham	m
Grahame	m
Graine	f
Gramoz	m
Granit	m
Grant	m
Grazia	f
Graziano	m
Graziela	f
Graziella	f
Greet	f
Greetje	f
Greg	m
Grega	m
Gregg	m
Gregor	m
Gregoria	f
Gregorio	m
Gregory	m
Gresa	f
Greta	f
Gretchen	f
Grete	f
Gretha	f
Grethe	f
Grezzju	m
Grietje	f
Grigol	m
Grigor	m
Grigore	m
Grigori	m
Grigorii	m
Grigorij	m
Grigorijs	m
Grigorios	m
Grigoriy	m
Grigory	m
Griselda	f
Grisha	m
Grit	f
Gro	f
Gry	f
Grygorii	m
Grygorij	m
Grygory	m
Grzegorz	m
Gu	u
Guadalupe	f
Guan	u
Guang	u
Gudmund	m
Gudrun	f
Guerrino	m
Guglielmo	m
Guido	m
Guilherme	m
Guilhermina	f
Guillaume	m
Guillermo	m
Guk	u
Gula	f
Gular	f
Gulara	f
Gulbanu	f
Gulja	f
Gull	f
Gulmira	f
Gulnar	f
Gulnara	f
Gulnaz	f
Gulnur	f
Gulshan	f
Gulshara	f
Gulya	f
Gulzar	u
Gulzhan	f
Gun	u
Guna	f
Gunaratnam	m
Gunay	u
Gunborg	f
Gunda	f
Gundars	m
Gundega	f
Gunel	f
Gunhild	f
Gunilla	f
Gunita	f
Gunn	f
Gunnar	m
Gunnel	f
Gunnhildur	f
Gunnlaugur	m
Gunta	f
Guntars	m
Gunter	m
Guntis	m
Gunvor	f
Guo	u
Guram	m
Gurban	m
Gurbax	m
Gurcharan	m
Gurdev	m
Gurdip	m
Gurgen	m
Guri	f
Gurinder	m
Gurli	f
Gurmail	m
Gurmeet	m
Gurmit	m
Gurpreet	m
Gustaaf	m
Gustaf	m
Gustav	m
Gustave	m
Gustavo	m
Guus	m
Guy	m
Gvantsa	f
Gvozden	m
Gwang	u
Gwen	f
Gwenda	f
Gwendolen	f
Gwendoline	f
Gwendolyn	f
Gwilym	m
Gwyn	f
Gwyneth	f
Gylfi	m
Gyu	u
Gyula	m
Ha	u
Haakon	m
Habib	m
Habiba	f
Habibe	f
Hacer	f
Hadas	f
Hadassa	f
Hadi	m
Hady	m
Hae	u
Hafiz	m
Hafize	f
Hafsteinn	m
Hagai	m
Hagit	f
Hai	u
Haidar	m
Haider	m
Haifa	f
Haifaa	f
Haik	m
Hailey	f
Haim	m
Haitham	m
Hajdar	m
Hajime	m
Hajnalka	f
Hajredin	m
Hajri	f
Hajrie	f
Hajrija	f
Hajrije	f
Hajriz	m
Hajrudin	m
Hak	u
Hakan	m
Haki	m
Hakija	m
Hakob	m
Hakop	m
Hala	f
Hale	f
Haley	u
Halid	m
Halil	m
Halim	m
Halima	f
Halime	f
Halina	f
Halis	m
Halit	m
Halla	f
Hallur	m
Haluk	m
Hamayak	m
Hambartsum	m
Hamdi	m
Hamdija	m
Hamdo	m
Hamed	m
Hameed	m
Hamid	m
Hamide	f
Hamish	m
Hamit	m
Hamlet	m
Hampus	m
Hamza	m
Han	u
Hana	f
Hanadi	f
Hanan	u
Handan	f
Hande	f
Hang	u
Hanh	f
Hani	u
Hanife	f
Hanna	f
Hannah	f
Hanne	f
Hanneke	f
Hannele	f
Hannelore	f
Hannes	m
Hanni	f
Hannie	f
Hannu	m
Hanny	f
Hanora	f
Hans	m
Hanspeter	m
Hansruedi	m
Hansueli	m
Hany	m
Hao	u
Haralambie	m
Harald	m
Haralds	m
Haraldur	m
Hardev	m
Hardi	m
Hardip	m
Hardy	m
Hari	m
Harijs	m
Haris	m
Harjinder	m
Harjit	m
Harlan	m
Harley	m
Harm	m
Harminder	m
Harold	m
Haroon	m
Haroun	m
Harpa	f
Harpal	m
Harri	m
Harrie	m
Harriet	f
Harrison	m
Harry	m
Hartmut	m
Hartvig	m
Hartwig	m
Harue	f
Haruhiko	m
Haruka	f
Haruki	m
Haruko	f
Harumi	f
Harun	m
Haruo	m
Harutyun	m
Harvey	m
Harvinder	m
Hasan	m
Hasib	m
Hasiba	f
Hasibe	f
Hasime	f
Hasina	f
Hasmik	f
Hasna	f
Hasnija	f
Haso	m
Hassan	m
Hassina	f
Hat	u
Hateme	f
Hatice	f
Hatixhe	f
Hatmane	f
Hattie	f
Hatun	f
Hau	u
Haukur	m
Hava	f
Havasxon	f
Havva	f
Haxhere	f
Haxhi	m
Hay	m
Hayat	u
Hayati	m
Hayato	m
Haydar	m
Hayden	m
Hayder	m
Haydn	m
Hayfa	f
Hayk	m
Haykaz	m
Hayley	f
Hayrettin	m
Hayri	m
Hayriye	f
Hayrulla	m
Haytham	m
Hazal	f
Hazbije	f
Hazel	f
Hazim	m
Hazir	m
He	u
Hea	u
Heath	m
Heather	f
Heba	f
Hector	m
Hedi	f
Hediye	f
Hedviga	f
Hedvika	f
Hedwig	f
Hedy	f
Hee	f
Hege	f
Heide	f
Heidelinde	f
Heidemarie	f
Heidi	f
Heidrun	f
Heidy	f
Heike	u
Heiki	m
Heikki	m
Heiko	m
Heimir	m
Heimo	m
Hein	m
Heine	m
Heiner	m
Heini	u
Heino	m
Heinrich	m
Heinz	m
Hekla	f
Hektor	m
Hekuran	m
Helder	m
Heleen	f
Heleena	f
Helen	f
Helena	f
Helene	f
Helga	f
Helge	m
Helgi	m
Heli	f
Helidon	m
Helina	f
Helju	f
Hella	f
Helle	f
Hellen	f
Hellevi	f
Helma	f
Helmer	m
Helmi	f
Helmut	m
Helmuth	m
Helve	f
Helvi	f
Henadzi	m
Hendrik	m
Heng	u
Henk	m
Henna	f
Hennadiy	m
Hennadzy	m
Hennie	f
Henning	m
Henny	u
Henri	m
Henrieta	f
Henriett	f
Henrietta	f
Henriette	f
Henrik	m
Henrikas	m
Henrikh	m
Henrikki	m
Henrique	m
Henriqueta	f
Henry	m
Henryk	m
Henryka	f
Heon	u
Hera	f
Herb	m
Herbert	m
Herdis	f
Heribert	m
Herluf	m
Herma	f
Herman	m
Hermann	m
Hermien	f
Hermine	f
Herminia	f
Hero	m
Herta	f
Hertha	f
Herwig	m
Hester	f
Hettie	f
Hetty	f
Heung	u
Hey	u
Hi	u
Hiba	f
Hicham	m
Hicran	f
Hidajete	f
Hidayet	m
Hideaki	m
Hidekazu	m
Hideki	m
Hideko	f
Hidenori	m
Hideo	m
Hidetoshi	m
Hideyo	m
Hideyuki	m
Hien	f
Hiep	m
Hieu	m
Hiie	f
Hikaru	f
Hikmet	m
Hila	f
Hilal	u
Hilario	m
Hilary	f
Hilda	f
Hilde	f
Hildegard	f
Hildigunnur	f
Hildur	f
Hilja	f
Hilke	f
Hilkka	f
Hillar	m
Hillary	f
Hillel	m
Hillevi	f
Hilly	f
Hilmar	m
Hilmi	m
Hilmir	m
Hilmo	m
Hiltrud	f
Himzo	m
Hind	f
Hinderk	m
Hinrich	m
Hinrik	m
Hiqmet	m
Hiroaki	m
Hiroe	f
Hirofumi	m
Hirokazu	m
Hiroki	m
Hiroko	f
Hiromi	f
Hiromichi	m
Hiromitsu	m
Hironori	m
Hiroshi	m
Hirotaka	m
Hiroto	m
Hiroyasu	m
Hiroyuki	m
Hisae	f
Hisako	f
Hisashi	m
Hisham	m
Hitomi	f
Hitoshi	m
Hiyam	f
Hjalti	m
Hlynur	m
Ho	m
Hoa	u
Hoai	u
Hoan	u
Hoang	m
Hoc	u
Hoda	f
Hoe	u
Hoi	m
Holger	m
Holly	f
Homayoon	m
Homayoun	m
Homayun	m
Homer	m
Hong	u
Hoon	m
Hope	f
Horace	m
Horia	m
Horst	m
Hortensia	f
Hosein	m
Hossain	m
Hossein	m
Houda	f
Houssain	m
Houssam	m
Houssein	m
Hovhannes	m
Howard	m
Hrachia	m
Hrachik	m
Hrachya	m
Hrafn	m
Hrafnhildur	f
Hrafnkell	m
Hrair	m
Hranislav	m
Hrannar	m
Hrant	m
Hranush	f
Hrefna	f
Hreinn	m
Hripsik	f
Hripsime	f
Hriska	f
Hristina	f
Hristo	m
Hrund	f
Hrvoje	m
Hu	u
Hua	u
Huan	u
Hubert	m
Huda	f
Hudoishukur	m
Hue	u
Hugh	m
Hugi	m
Hugo	m
Hugues	m
Huguette	f
Hui	u
Huld	f
Hulda	f
Humayun	m
Humberto	m
Humphrey	m
Hun	u
Hung	u
Hunter	m
Huong	f
Huriye	f
Hurshid	m
Husain	m
Husam	m
Husayn	m
Husein	m
Huseyn	m
Husni	m
Husnija	m
Huso	m
Hussain	m
Hussam	m
Hussein	m
Huu	u
Huub	m
Huw	m
Huy	m
Huyen	f
Huynh	u
Hwa	u
Hwan	m
Hwang	u
Hyang	u
Hye	u
Hyeon	u
Hyeong	u
Hynek	m
Hyo	u
Hyon	m
Hyong	u
Hyoung	u
Hyra	f
Hysen	m
Hysni	m
Hysnije	f
Hyuk	u
Hyun	u
Hyung	u
Ia	f
Iacob	m
Iain	m
Ian	m
Iana	f
Iancu	m
Ib	m
Iben	f
Ibolya	f
Ibrahim	m
Ibro	m
Ibtisam	f
Ibtissem	f
Ichiro	m
Ida	f
Idajet	m
Idalina	f
Idan	m
Idit	f
Ido	m
Idriz	m
Ieva	f
Ifigeneia	f
Ifigenia	f
Iftach	m
Iftikhar	m
Igal	m
Igbale	f
Igballe	f
Ignacio	m
Ignas	m
Ignatius	m
Ignaz	m
Ignazio	m
Igor	m
Igoris	m
Igors	m
Ihar	m
Ihno	m
Ihor	m
Ihsan	m
Iisakki	m
Ik	u
Ikbale	f
Ikue	f
Ikuko	f
Ikumi	f
Ikuo	m
Il	m
Ilaha	f
Ilan	m
Ilana	f
Ilari	m
Ilaria	f
Ilcho	m
Ilda	f
Ildar	m
Ildefonso	m
Ileana	f
Ilektra	f
Ilga	f
Ilgar	m
Ilgvars	m
Ilham	m
Ilhama	f
Ilhom	m
Ilia	u
Ilian	m
Iliana	f
Ilias	m
Ilie	m
Ilija	m
Ilijan	m
Ilijana	f
Ilinka	f
Ilir	m
Ilira	f
Ilirjan	m
Ilirjana	f
Iliya	m
Iliyan	m
Iliyana	f
Ilja	u
Iljaz	m
Ilka	f
Ilkin	m
Ilkka	m
Ilko	m
Ilma	f
Ilmar	m
Ilmari	m
Ilme	f
Ilmi	u
Ilmira	f
Ilo	m
Ilona	f
Ilpo	m
Ilqar	m
Ilse	f
Ilya	m
Ilyas	m
Ilze	f
Im	u
Imad	m
Iman	u
Imants	m
Imbi	f
Imer	m
Imke	f
Immacolata	f
Imran	m
Imrane	f
Imre	m
Imrich	m
Imtiaz	m
In	u
Ina	f
Inara	f
Inas	f
Inbal	f
Inderjit	m
Indira	f
Indra	u
Indrek	m
Indrit	m
Indu	f
Indulis	m
Ine	u
Ineke	f
Ines	f
Inesa	f
Inese	f
Inesis	m
Inessa	f
Ineta	f
Inez	f
Ing	f
Inga	f
Ingalill	f
Ingar	m
Inge	u
Ingeborg	f
Ingegerd	f
Ingela	f
Ingelise	f
Ingemar	m
Inger	f
Ingi	m
Ingimar	m
Ingimundur	m
Ingmar	m
Ingo	m
Ingrid	f
Inguna	f
Ingunn	f
Ingus	m
Ingvar	m
Ingveldur	f
Ingvi	m
Inha	f
Inita	f
Inka	f
Inkeri	f
Inmaculada	f
Inna	f
Insa	f
Inta	f
Intars	m
Ints	m
Ioan	m
Ioana	f
Ioanna	f
Ioannis	m
Iolanda	f
Iole	f
Ion	m
Ionel	m
Ionela	f
Iordanis	m
Ioseb	m
Iosif	m
Ioulia	f
Iqbal	m
Ira	u
Irada	f
Iraida	f
Irakli	m
Iraklis	m
Irana	f
Iren	f
Irena	f
Irene	f
Ireneusz	m
Irfan	m
Irida	f
Irina	f
Irine	f
Irini	f
Irinka	f
Iris	f
Irisa	f
Irit	f
Irja	f
Irma	f
Irmeli	f
Irmgard	f
Irmtraud	f
Iro	u
Iroda	f
Irvin	m
Irving	m
Iryna	f
Isa	u
Isaac	m
Isaak	m
Isabel	f
Isabell	f
Isabella	f
Isabelle	f
Isaiah	m
Isak	m
Isam	m
Isamu	m
Isao	m
Isaura	f
Ishai	m
Ishkhan	m
Isidoro	m
Isidoros	m
Isidro	m
Iskandar	m
Iskander	m
Iskra	f
Islam	m
Ismael	m
Ismail	m
Ismet	m
Ismeta	f
Ismir	m
Ismo	m
Isobel	f
Isolde	f
Israel	m
Issa	m
Issam	m
Isuf	m
Ita	f
Itai	m
Italia	f
Italo	m
Itamar	m
Itay	m
Ittai	m
Itzhak	m
Iulia	f
Iulian	m
Iuliana	f
Iuliu	m
Iurie	m
Iurii	m
Iva	f
Ivailo	m
Ivajlo	m
Ivan	m
Ivana	f
Ivane	m
Ivanka	f
Ivano	m
Ivans	m
Ivar	m
Ivars	m
Ivaylo	m
Ivelin	m
Ivelina	f
Iveri	m
Iveta	f
Ivetta	f
Ivi	f
Ivica	u
Ivka	f
Ivo	m
Ivona	f
Ivone	f
Ivonne	f
Ivor	m
Ivy	f
Iwan	m
Iwona	f
Iyad	m
Izabela	f
Izabella	f
Izak	m
Izchak	m
Izet	m
Izeta	f
Izhak	m
Iztok	m
Izudin	m
Izumi	f
Izzak	m
Izzat	f
Ja	f
Jaak	m
Jaakko	m
Jaan	u
Jaana	f
Jaanika	f
Jaanus	m
Jaap	m
Jaba	m
Jabbar	m
Jac	m
Jacco	m
Jacek	m
Jacinta	f
Jacinto	m
Jack	m
Jackie	u
Jackson	m
Jacky	u
Jaclyn	f
Jacob	m
Jacobus	m
Jacqueline	f
Jacquelyn	f
Jacques	m
Jacqui	f
Jad	m
Jada	f
Jade	f
Jadranka	f
Jadvyga	f
Jadwiga	f
Jae	u
Jafar	m
Jagdish	m
Jagjit	m
Jagoda	f
Jahongir	m
Jai	u
Jaime	u
Jaka	m
Jake	m
Jakob	m
Jakov	m
Jakub	m
Jakup	m
Jalal	m
Jale	f
Jalmari	m
Jaloliddin	m
Jamal	m
James	m
Jami	u
Jamie	u
Jamil	m
Jamila	f
Jamilah	f
Jamilya	f
Jamshid	m
Jan	u
Jana	f
Janaki	m
Janar	m
Jandre	m
Jane	u
Janek	m
Janelle	f
Janet	f
Janeta	f
Janette	f
Janez	m
Jang	u
Jani	m
Janice	f
Janie	f
Janina	f
Janine	f
Janis	u
Janja	f
Janka	f
Janko	m
Jann	u
Janna	f
Janne	u
Janneke	f
Jannette	f
Janni	f
Jannie	f
Janno	m
Janny	u
Jantcho	m
Janusz	m
Jaqueline	f
Jared	m
Jari	m
Jarkko	m
Jarl	m
Jarle	m
Jarmila	f
Jarmo	m
Jarnail	m
Jarno	m
Jaroslav	m
Jaroslava	f
Jarrod	m
Jasbir	m
Jasenka	f
Jasenko	m
Jashar	m
Jasim	m
Jasmin	u
Jasmina	f
Jasmine	f
Jasminka	f
Jasna	f
Jason	m
Jasper	m
Jassim	m
Jassir	m
Jasur	m
Jasvinder	m
Jasvir	m
Jaswant	m
Jaswinder	m
Jatinder	m
Javeed	m
Javid	m
Javier	m
Jawad	m
Jaweed	m
Jawid	m
Jay	m
Jaya	f
Jayne	f
Jayson	m
Je	u
Jea	u
Jean	u
Jeana	f
Jeanet	f
Jeanett	f
Jeanette	f
Jeanie	f
Jeanine	f
Jeanne	f
Jeannet	f
Jeannette	f
Jeannie	f
Jeannine	f
Jeannot	m
Jeanny	f
Jee	u
Jef	m
Jeff	m
Jeffery	m
Jeffrey	m
Jeffry	m
Jegor	m
Jehad	m
Jehona	f
Jehuda	m
Jekaterina	f
Jeko	m
Jela	f
Jelena	f
Jelica	f
Jelisaveta	f
Jeljazka	f
Jeljazko	m
Jelka	f
Jelle	m
Jemal	m
Jemma	f
Jeni	f
Jenica	f
Jenifer	f
Jenna	f
Jennet	f
Jenni	f
Jennie	f
Jennifer	f
Jenny	f
Jens	m
Jeong	u
Jeppe	m
Jerald	m
Jere	m
Jeremiah	m
Jeremy	m
Jeri	f
Jerko	m
Jerlan	m
Jermaine	m
Jernej	m
Jerneja	f
Jeroen	m
Jerome	m
Jeronimo	m
Jerri	f
Jerry	u
Jerzy	m
Jes	m
Jesmond	m
Jesper	m
Jess	m
Jesse	m
Jessica	f
Jessie	u
Jessika	f
Jesus	m
Jet	f
Jeta	f
Jetchka	f
Jetmir	m
Jetmira	f
Jeton	m
Jette	f
Jeung	u
Jevgeni	m
Jevgenia	f
Jevgenij	m
Jevgenija	f
Jevgenijs	m
Jevgeniy	m
Jewel	f
Jewgenij	m
Jeyakumar	m
Jeyarajah	m
Jeyhun	m
Ji	u
Jia	u
Jian	u
Jiang	u
Jie	u
Jihad	m
Jihan	m
Jill	f
Jillian	f
Jim	m
Jimmi	m
Jimmie	m
Jimmy	m
Jin	u
Jindra	f
Jing	u
Jiro	m
Jit	m
Jitka	f
Jivka	f
Jivko	m
Jo	u
JoAnn	f
Joachim	m
Joakim	m
Joan	u
Joana	f
Joann	f
Joanna	f
Joanne	f
Joannes	m
Joaquim	m
Joaquina	f
Jocelyn	f
Jocelyne	f
Jochen	m
Jodi	f
Jodie	f
Jody	f
Joe	m
Joel	m
Joep	m
Joeri	m
Joey	m
Joginder	m
Johan	m
Johann	m
Johanna	f
Johanne	f
Johannes	m
John	m
Johnathan	m
Johnnie	m
Johnny	m
Johny	m
Joke	f
Jolana	f
Jolanda	f
Jolande	f
Jolanta	f
Jolene	f
Jolien	f
Jon	m
Jonas	m
Jonathan	m
Jonathon	m
Jong	u
Joni	u
Jonida	f
Jonna	f
Jonny	m
Jonuz	m
Joo	u
Joon	u
Joonas	m
Joong	u
Joop	m
Joost	m
Jora	f
Jordan	u
Jordanka	f
Jordi	m
Jorgaq	m
Jorge	m
Jorgji	m
Jorgo	m
Jorida	f
Joris	m
Jorma	m
Jorun	f
Jorunn	f
Jos	m
Jose	u
Josef	m
Josefa	f
Josefin	f
Josefina	f
Josefine	f
Josep	m
Joseph	m
Josephine	f
Josette	f
Joshua	m
Josiane	f
Josianne	f
Josie	u
Josif	m
Josip	m
Josipa	f
Joso	m
Jostein	m
Josy	f
Jouko	m
Joumana	f
Joung	u
Jouni	m
Jovan	m
Jovana	f
Jovanka	f
Jovcho	m
Jovica	m
Jovka	f
Jovo	m
Joy	u
Joyce	f
Jozef	m
Jozefa	f
Jozo	m
Ju	u
Juan	u
Juana	f
Juanita	f
Jude	u
Judit	f
Judita	f
Judite	f
Judith	f
Judy	f
Jue	u
Juha	m
Juhan	m
Juhana	m
Juhani	m
Juho	m
Jukka	m
Jules	m
Julia	f
Julian	m
Juliana	f
Juliane	f
Julianna	f
Julianne	f
Julie	f
Julieanne	f
Julien	m
Julienne	f
Juliet	f
Julieta	f
Julietta	f
Juliette	f
Julija	f
Julijan	m
Julijana	f
Julinda	f
Julio	m
Julius	m
Juliusz	m
Juliya	f
Juliyan	m
Juliyana	f
Julya	f
Jumana	f
Jumanah	f
Jun	u
June	f
Jung	u
Junichi	m
Junichiro	m
Junji	m
Junko	f
Junya	m
Juozapas	m
Juozas	m
Juraj	m
Jure	m
Jurgen	m
Jurgis	m
Jurgita	f
Juri	u
Jurica	m
Jurij	m
Jurijs	m
Jurijus	m
Juris	m
Juriy	m
Juro	m
Juso	m
Jusra	f
Jussi	m
Justa	f
Justin	m
Justina	f
Justinas	m
Justine	f
Justo	m
Justyna	f
Jusuf	m
Juta	f
Jutta	f
Juul	f
Juzefa	f
Jyoti	f
Jyri	m
Jyrki	m
Jytte	f
Kaan	m
Kaarel	m
Kaari	f
Kaarina	f
Kaarle	m
Kaarlo	m
Kader	u
Kadi	f
Kadir	m
Kadira	f
Kadri	u
Kadrie	f
Kadrija	f
Kadriye	f
Kai	u
Kaia	f
Kaidi	f
Kaido	m
Kaie	f
Kaija	f
Kaino	f
Kairat	m
Kaire	f
Kairi	f
Kais	m
Kaisa	f
Kaisu	f
Kaitlin	f
Kaitlyn	f
Kaj	m
Kaja	f
Kajsa	f
Kakha	m
Kakhaber	m
Kala	f
Kaleb	m
Kalervo	m
Kalev	m
Kaleva	m
Kalevi	m
Kalina	f
Kalinka	f
Kalju	m
Kalle	m
Kalliopi	f
Kallirroi	f
Kalmer	m
Kalpana	f
Kaltrina	f
Kalvis	m
Kalyan	m
Kama	f
Kamal	m
Kamala	f
Kamalanathan	m
Kamaljit	m
Kamber	m
Kamel	m
Kamelia	f
Kamelija	f
Kameliya	f
Kamen	m
Kamil	m
Kamila	f
Kamile	f
Kamilla	f
Kamilya	f
Kamla	f
Kamlesh	f
Kamma	f
Kamo	m
Kamoliddin	m
Kamran	m
Kan	u
Kana	f
Kanae	f
Kanagalingam	m
Kanagaratnam	m
Kanagasabai	m
Kanako	f
Kanapathipillai	m
Kanat	m
Kandasamy	m
Kandiah	m
Kang	u
Kanstantsin	m
Kaori	f
Kaoru	f
Kara	f
Karapet	m
Kareem	m
Karel	m
Karen	u
Kari	u
Karim	m
Karima	f
Karin	f
Karina	f
Karine	f
Karitas	f
Karl	m
Karla	f
Karlen	m
Karlo	m
Karlygash	f
Karmen	f
Karo	m
Karol	u
Karola	f
Karoline	f
Karsten	m
Karuna	f
Kasim	m
Kaspars	m
Kasper	m
Kastriot	m
Kata	f
Katalin	f
Katariina	f
Katarina	f
Katarzyna	f
Kate	f
Katelyn	f
Katerina	f
Kateryna	f
Katharina	f
Katharine	f
Katherine	f
Kathleen	f
Kathrin	f
Kathrine	f
Kathryn	f
Kathy	f
Kati	f
Katia	f
Katica	f
Katie	f
Katja	f
Katla	f
Katre	f
Katri	f
Katriina	f
Katrin	f
Katrina	f
Katrine	f
Katsiaryna	f
Katsuhiko	m
Katsuhiro	m
Katsumi	m
Katsuyuki	m
Katya	f
Kauko	m
Kavita	f
Kay	u
Kayla	f
Kayo	f
Kayoko	f
Kazimiera	f
Kazimieras	m
Kazimierz	m
Kazuaki	m
Kazue	f
Kazuhiko	m
Kazuhiro	m
Kazuki	m
Kazuko	f
Kazumasa	m
Kazumi	f
Kazunari	m
Kazunori	m
Kazuo	m
Kazuya	m
Kazuyoshi	m
Kazuyuki	m
Kazys	m
Ke	u
Kee	u
Kees	m
Kei	f
Keiichi	m
Keiji	m
Keijo	m
Keiko	f
Keisuke	m
Keita	m
Keith	m
Keld	m
Kelley	u
Kelli	f
Kellie	f
Kelly	f
Kelsey	f
Kelvin	m
Kemal	m
Ken	u
Kenan	m
Kendall	u
Kendra	f
Kenichi	m
Kenji	m
Kenn	m
Kenneth	m
Kenny	m
Kent	m
Kenta	m
Kentaro	m
Kenul	f
Keranka	f
Kerem	m
Keren	f
Kerli	f
Kerri	f
Kerry	u
Kersti	f
Kerstin	f
Kerttu	f
Ketevan	f
Keti	f
Ketil	m
Ketty	f
Keum	u
Keun	u
Kevin	m
Kezban	f
Keziban	f
Kfir	m
Kha	m
Khac	u
Khachatur	m
Khachik	m
Khadija	f
Khadijeh	f
Khai	m
Khaled	m
Khalid	m
Khalil	m
Khanh	f
Khatuna	f
Khayal	m
Khoa	u
Khoi	u
Khrystyna	f
Ki	u
Kien	m
Kieran	m
Kil	u
Kilian	m
Killian	m
Kim	u
Kima	f
Kimberley	f
Kimberly	f
Kimete	f
Kimiko	f
Kimmo	m
Kina	f
Kinga	f
Kira	f
Kiran	f
Kiril	m
Kirill	m
Kirk	m
Kiro	m
Kirsi	f
Kirsten	f
Kirsti	f
Kirstine	m
Kirsty	f
Kiryll	m
Kitty	f
Kiyoko	f
Kiyomi	f
Kiyoshi	m
Kjartan	m
Kjeld	m
Kjell	m
Kjersti	f
Kjetil	m
Klaas	m
Klara	f
Klas	m
Klaus	m
Klavdija	f
Klemen	m
Klodian	m
Klodiana	f
Knarik	f
Knud	m
Knut	m
Koba	u
Kobi	m
Kobra	f
Koby	m
Koen	m
Kohei	m
Koichi	m
Koit	m
Koji	m
Koki	m
Kolbeinn	m
Kole	m
Koljo	m
Koloman	m
Kolyo	m
Kon	u
Konrad	m
Konstancija	f
Konstantin	m
Konstantina	f
Konstantinas	m
Konstantine	u
Konstantinos	m
Konul	f
Kook	u
Koos	m
Kornelia	f
Koryun	m
Kosta	m
Kostadin	m
Kostadinka	f
Kostandin	m
Kostas	m
Kostyantin	m
Kostyantyn	m
Kosuke	m
Kouichi	m
Kousuke	m
Kozeta	f
Kozo	m
Kozue	f
Krasimir	m
Krasimira	f
Krassimir	m
Krassimira	f
Krenare	f
Kreshnik	m
Kris	u
Krishna	u
Krishnapillai	m
Krista	f
Kristaps	m
Kristaq	m
Kristel	u
Kristen	u
Krister	m
Kristi	f
Kristian	m
Kristie	f
Kristiina	f
Kristijan	m
Kristin	f
Kristina	f
Kristine	f
Kristinn	m
Kristjan	m
Kristjana	f
Kristo	m
Kristof	m
Kristopher	m
Kristsina	f
Kristy	f
Krisztina	f
Krste	m
Krunoslav	m
Krustju	m
Krustyu	m
Krystal	f
Krystina	f
Krystsina	f
Krystyna	f
Krzysztof	m
Ksenia	f
Ksenija	f
Kseniya	f
Ku	u
Kuanysh	m
Kui	u
Kujtim	m
Kuk	u
Kuldeep	m
Kuldip	m
Kullervo	m
Kulwant	m
Kum	u
Kumar	m
Kumari	f
Kumi	f
Kumiko	f
Kun	u
Kuncho	m
Kunihiko	m
Kuniko	f
Kuralay	f
Kurt	m
Kushtrim	m
Kustaa	m
Kusum	f
Kvetoslava	f
Kwan	u
Kwang	u
Kwi	u
Kwon	u
Ky	m
Kye	u
Kyeong	f
Kyle	u
Kyllikki	f
Kyoko	f
Kyong	u
Kyoo	u
Kyoung	u
Kyriaki	f
Kyriakos	m
Kyu	u
Kyun	m
Kyung	f
LaToya	f
Lachezar	m
Lada	f
Ladislav	m
Ladislava	f
Laetitia	f
Laila	f
Laima	f
Laimdota	f
Laimonis	m
Laine	u
Lajos	m
Lakshmi	f
Lala	f
Lale	f
Lali	f
Lalita	f
Lam	m
Lama	f
Laman	f
Lamia	f
Lamija	f
Lampros	m
Lan	u
Lana	f
Lance	m
Lap	m
Lara	f
Larisa	f
Larissa	f
Larry	m
Lars	m
Larysa	f
Lasha	m
Lasse	m
Lata	f
Latchezar	m
Laufey	f
Lauma	f
Laura	f
Laure	f
Laurel	f
Lauren	f
Laurence	u
Laurent	m
Laureta	f
Lauri	u
Laurie	f
Laurinda	f
Lauris	m
Lavdie	f
Lavinia	f
Lavrenti	u
Lawrence	m
Laxmi	f
Layla	f
Lazar	m
Lazo	m
Le	u
LeRoy	m
Lea	f
Leah	f
Leanid	m
Leanne	f
Lech	m
Lee	u
Leena	f
Lefter	m
Lei	u
Leib	m
Leif	m
Leifur	m
Leigh	f
Leila	f
Lejla	f
Lela	f
Lelde	f
Lembit	m
Lena	f
Lence	f
Lene	f
Lenka	f
Lennart	m
Leo	m
Leokadia	f
Leokadija	f
Leon	m
Leona	f
Leonard	m
Leonarda	f
Leonardas	m
Leonardo	m
Leonas	m
Leonel	m
Leonid	m
Leonidas	m
Leonidha	f
Leonie	f
Leonor	f
Leonora	f
Leons	m
Leopold	m
Leopoldine	f
Lepa	f
Leposava	f
Leroy	m
Lesley	u
Leslie	u
Lester	m
Leszek	m
Leticia	f
Letizia	f
Lev	m
Levan	m
Levent	m
Levi	m
Levon	m
Lew	m
Lewis	m
Leyla	f
Li	u
Lia	f
Liam	m
Lian	u
Liana	f
Liane	f
Liang	u
Lianna	f
Lianne	f
Liat	f
Libor	m
Lida	f
Lidia	f
Lidija	f
Lidiya	f
Liem	m
Lien	u
Liene	f
Liesbeth	f
Lieselotte	f
Lieve	f
Ligita	f
Liia	f
Liina	f
Liis	f
Liisa	f
Liivi	f
Lilach	f
Lili	f
Lilia	f
Lilian	u
Liliana	f
Liliane	f
Lilianna	f
Lilija	f
Lilit	f
Lilita	f
Liliya	f
Lilja	f
Liljana	f
Lill	f
Lillemor	f
Lillian	f
Lillie	f
Lilly	f
Lily	f
Lilyana	f
Limor	f
Lin	u
Lina	f
Linas	m
Lind	f
Linda	f
Lindita	f
Lindsay	f
Lindsey	f
Line	f
Ling	u
Linh	u
Linn	f
Linnea	f
Lino	m
Lionel	m
Lior	m
Liora	f
Liparit	m
Liran	m
Liri	f
Liridona	f
Lirije	f
Lis	f
Lisa	f
Lisbet	f
Lisbeth	f
Lise	f
Liselotte	f
Lisette	f
Lissi	f
Liuba	f
Liuben	m
Liubka	f
Liubomir	m
Liubov	f
Liucija	f
Liudmil	m
Liudmila	f
Liudvika	f
Liudvikas	m
Liv	f
Livia	f
Livio	m
Liviu	m
Liya	f
Liz	f
Liza	f
Lizzie	f
Ljerka	f
Ljiljana	f
Ljube	m
Ljuben	m
Ljubica	f
Ljubinka	f
Ljubka	f
Ljubo	m
Ljubomir	m
Ljubov	f
Ljudmil	m
Ljudmila	f
Ljupka	f
Llazar	m
Lloyd	m
Loan	u
Loc	m
Lodewijk	m
Loes	f
Logan	m
Logi	m
Loi	m
Lois	u
Lojze	m
Lola	f
Lolita	f
Lone	f
Long	u
Lonnie	u
Lora	f
Loredana	f
Loren	m
Lorena	f
Lorenc	m
Lorenzo	m
Loreta	f
Loretta	f
Lori	f
Lorna	f
Lorraine	f
Lothar	m
Lotta	f
Lotte	f
Lotti	f
Lou	u
Louis	m
Louisa	f
Louise	f
Loukas	m
Lourdes	f
Lu	u
Luan	m
Luat	m
Lubov	f
Luc	u
Luca	u
Lucas	m
Lucette	f
Luchezar	m
Lucia	f
Lucian	m
Luciana	f
Luciano	m
Lucica	f
Lucie	f
Lucien	m
Lucienne	f
Lucija	f
Lucile	f
Lucille	f
Lucinda	f
Lucio	m
Lucjan	m
Lucy	f
Ludmila	f
Ludmyla	f
Ludo	m
Ludovic	m
Ludvik	m
Ludwig	m
Ludwik	m
Luigi	m
Luigia	f
Luigina	f
Luis	m
Luisa	f
Luise	f
Luiza	f
Luka	m
Lukas	m
Luke	m
Luljeta	f
Lulzim	m
Lumnie	f
Lumnije	f
Lumturi	f
Lumturie	f
Luong	u
Lurdes	f
Lusine	f
Lutfi	m
Luther	m
Lutz	m
Luz	u
Ly	u
Lyailya	f
Lyazzat	f
Lydia	f
Lydie	f
Lykke	f
Lyle	m
Lyn	f
Lynda	f
Lynette	f
Lynn	f
Lynne	f
Lynsey	f
Lyuben	m
Lyubka	f
Lyubomir	m
Lyubov	f
Lyudmil	m
Lyudmila	f
Lyudmyla	f
Maaike	f
Maaria	f
Maarit	f
Maarja	f
Maarten	m
Mabel	f
Maciej	m
Mackenzie	u
Madalena	f
Maddalena	f
Madeleine	f
Madeline	f
Madge	f
Madhu	f
Madina	f
Madis	m
Madison	f
Madlena	f
Madoka	f
Mads	m
Mae	f
Maeve	f
Magali	f
Magalie	f
Magda	f
Magdalena	f
Magdolna	f
Maggie	f
Maggy	f
Magne	m
Magnea	f
Magnus	m
Magomed	m
Maha	f
Mahdi	m
Maher	m
Mahir	m
Mahmood	m
Mahmoud	m
Mahmud	m
Mahmut	m
Mai	u
Maia	f
Maida	f
Maie	f
Maija	f
Maik	m
Maike	f
Maiken	f
Maiko	u
Maila	f
Mair	f
Maira	f
Maire	f
Mairi	f
Maisie	f
Maisy	f
Mait	m
Maj	f
Maja	f
Majbritt	f
Majda	f
Majella	f
Majid	m
Majida	f
Majlinda	f
Major	m
Maka	f
Makbule	f
Maki	f
Makiko	f
Makoto	m
Maksat	m
Maksim	m
Maksims	m
Maksym	m
Malcolm	m
Malene	f
Malik	m
Malika	f
Malin	u
Malka	f
Malkhaz	m
Mall	f
Malle	f
Malou	f
Mami	f
Mamikon	m
Mamoru	m
Mamta	f
Mamuka	m
Man	u
Manabu	m
Manami	f
Manana	f
Mandy	f
Mane	f
Manfred	m
Manh	m
Manisha	f
Manjit	m
Manjola	f
Manju	f
Manoj	m
Manon	f
Manoochehr	m
Manoocher	m
Manouchehr	m
Mansoor	m
Mansour	m
Mansur	m
Manucher	m
Manuel	m
Manuela	f
Manuk	m
Manvel	m
Manzoor	m
Mar	u
Mara	f
Maral	f
Marat	m
Marc	m
Marcel	m
Marcela	f
Marcelino	m
Marcella	f
Marcelle	f
Marcello	m
Marcia	f
Marcin	m
Marco	m
Marcos	m
Marcus	m
Mare	f
Marek	m
Mareks	m
Maren	f
Maret	f
Marga	f
Margaret	f
Margareta	f
Margarete	f
Margaretha	f
Margarethe	f
Margarida	f
Margarita	f
Marge	f
Margery	f
Margherita	f
Margie	f
Margit	f
Margita	f
Margo	f
Margot	f
Margreet	f
Margret	f
Margrethe	f
Margriet	f
Margrit	f
Margrith	f
Marguerite	f
Margus	m
Mari	u
Maria	f
Mariam	f
Marian	u
Mariana	f
Mariangela	f
Mariann	f
Marianna	f
Marianne	f
Mariano	m
Marica	f
Marie	f
Marieke	f
Mariella	f
Marieta	f
Marietta	f
Mariette	f
Marigona	f
Marija	f
Marijan	m
Marijana	f
Marijka	f
Marijke	f
Marijona	f
Marika	f
Mariko	f
Marilena	f
Marilyn	f
Marin	u
Marina	f
Marine	f
Marinela	f
Marinka	f
Marinko	m
Marino	m
Mario	m
Marion	f
Marios	m
Maris	f
Marisa	f
Mariska	f
Marisol	f
Marissa	f
Marit	f
Marita	f
Maritta	f
Marius	m
Mariusz	m
Mariya	f
Mariyana	f
Mariyka	f
Marja	f
Marjan	u
Marjana	f
Marjanca	f
Marjatta	f
Marje	f
Marjeta	f
Marjetka	f
Marjo	u
Marjolein	f
Marjon	f
Marjorie	f
Marjory	f
Marju	f
Marjukka	f
Marjut	f
Mark	m
Markandu	m
Marketta	f
Markku	m
Marko	m
Markos	m
Markus	m
Marla	f
Marleen	f
Marlene	f
Marlies	f
Marlis	f
Marloes	f
Marsela	f
Marsha	f
Marshall	m
Marsida	f
Mart	m
Marta	f
Marteinn	m
Martha	f
Marthe	f
Marthese	f
Martien	m
Martijn	m
Martin	m
Martina	f
Martine	f
Martti	m
Marty	m
Martyn	m
Maruta	f
Marvin	m
Marwan	m
Mary	f
Maryam	f
Maryann	f
Maryia	f
Maryline	f
Maryna	f
Maryse	f
Maryvonne	f
Marzena	f
Marzhan	f
Masaaki	m
Masae	f
Masafumi	m
Masaharu	m
Masahiko	m
Masahiro	m
Masakazu	m
Masaki	m
Masako	f
Masami	f
Masanori	m
Masao	m
Masaru	m
Masashi	m
Masataka	m
Masato	m
Masatoshi	m
Masaya	m
Masayo	f
Masayuki	m
Mascha	f
Masha	f
Mason	m
Masood	m
Masoomeh	f
Masoud	m
Masoumeh	f
Massimiliano	m
Massimo	m
Massoud	m
Masud	m
Masumeh	f
Masumi	f
Mate	m
Matej	m
Mateja	f
Mathew	m
Mathias	m
Mathieu	m
Mathilde	f
Mati	m
Matias	m
Matija	m
Matilda	f
Matilde	f
Matko	m
Mato	m
Mats	m
Matt	m
Matteo	m
Matthew	m
Matthias	m
Matthieu	m
Matthildur	f
Matti	m
Mattias	m
Mattie	f
Maud	f
Mauno	m
Maura	f
Maureen	f
Mauri	m
Maurice	m
Mauricette	f
Maurizio	m
Mauro	m
Mavis	f
Max	m
Maxat	m
Maxim	m
Maxime	m
Maximilian	m
Maxine	f
May	f
Maya	f
Mayu	f
Mayuko	f
Mayumi	f
Mazal	f
Mazen	m
Me	u
Meadhbh	f
Medina	f
Mee	u
Meelis	m
Meena	f
Meenakshi	f
Meera	f
Megan	f
Meghan	f
Megumi	f
Mehdi	m
Mehman	m
Mehmed	m
Mehmet	m
Meho	m
Mehriban	f
Mehtap	f
Mei	u
Meike	f
Meir	m
Meira	f
Mejreme	f
Mel	u
Melahat	f
Melania	f
Melanie	f
Melek	f
Melih	m
Meliha	f
Melike	f
Melinda	f
Melisa	f
Melissa	f
Melitta	f
Melody	f
Meltem	f
Melvin	m
Melvyn	m
Menachem	m
Menahem	m
Mendel	m
Meng	u
Menno	m
Mensur	m
Mentor	m
Merab	m
Meral	f
Merav	f
Mercedes	f
Meredith	u
Merete	f
Meri	f
Merike	f
Merima	f
Merita	f
Merja	f
Merle	u
Mersiha	f
Mert	m
Merujan	m
Meruyert	f
Merve	f
Mervi	f
Mervyn	m
Mery	f
Meryem	f
Mesut	m
Meta	f
Metanet	f
Metin	m
Metka	f
Metodi	m
Metodija	m
Mette	f
Mevlida	f
Mevlude	f
Mher	m
Mi	u
Mia	f
Miao	u
Micah	m
Michael	m
Michaela	f
Michail	m
Michailo	m
Michal	u
Michalis	m
Michaylo	m
Micheal	m
Michel	m
Michela	f
Michele	u
Michelina	f
Micheline	f
Michelle	f
Michiel	m
Michiko	f
Michio	m
Michiyo	f
Michoel	m
Mick	m
Mickael	m
Midhat	m
Midori	f
Mie	f
Mieke	f
Mieko	f
Migena	f
Miglena	f
Miguel	m
Miha	m
Mihael	m
Mihaela	f
Mihai	m
Mihail	m
Mihailo	m
Mihails	m
Mihajlo	m
Mihal	m
Mihhail	m
Mihkel	m
Miho	u
Miia	f
Mijo	m
Mika	u
Mikael	m
Mikaela	f
Mikalai	m
Mikalaj	m
Mike	u
Mikel	m
Mikhail	m
Mikhailo	m
Mikhaylo	m
Mikheil	m
Miki	u
Mikiko	f
Mikkel	m
Mikko	m
Mikola	m
Mila	f
Milada	f
Miladin	m
Milagros	f
Milan	m
Milanka	f
Milcho	m
Milda	f
Mildred	f
Mile	m
Milen	m
Milena	f
Milenija	f
Milenko	m
Mileta	m
Mileva	f
Milica	f
Milija	f
Milijan	m
Milijana	f
Milisav	m
Milivoj	m
Milivoje	m
Miljan	m
Miljenko	m
Milka	f
Milko	m
Miloje	m
Milomir	m
Milorad	m
Milosav	m
Milosava	f
Miloslav	m
Miloslava	f
Milovan	m
Milton	m
Milun	m
Milunka	f
Milutin	m
Milvi	f
Mimoza	f
Min	u
Mina	f
Minako	f
Minas	m
Mindaugas	m
Mindel	f
Mindy	f
Mine	f
Minella	f
Ming	u
Minh	f
Minka	f
Minna	f
Minnie	f
Minoru	m
Mioara	f
Miodrag	m
Mira	f
Miradije	f
Miralem	m
Miran	m
Miranda	f
Mircea	m
Mirdza	f
Mireille	f
Mirela	f
Mirella	f
Mirha	m
Miri	f
Miriam	f
Mirja	f
Mirjam	f
Mirjami	f
Mirjana	f
Mirko	m
Miro	m
Miroljub	m
Miroslav	m
Miroslava	f
Mirsad	m
Mirsada	f
Mirvat	f
Mirvete	f
Mirza	m
Misa	f
Misako	f
Misha	m
Misty	f
Mitar	m
Mitchell	m
Mite	m
Mitja	m
Mitko	m
Mitre	m
Mitsuhiro	m
Mitsuko	f
Mitsuo	m
Mitsuru	m
Mitsuyo	f
Miwa	f
Miyoko	f
Miyuki	f
Mkrtich	m
Mladen	m
Mladenka	f
Mnatsakan	m
Mo	u
Modris	m
Mogens	m
Mohamad	m
Mohamed	m
Mohammad	m
Mohammed	m
Mohan	m
Mohinder	m
Moira	f
Mojca	f
Mollie	f
Molly	f
Momir	m
Momoko	f
Mona	f
Monah	f
Mong	u
Monica	f
Monika	f
Monique	f
Montserrat	f
Moo	u
Moon	u
Morag	f
Mordecai	m
Mordechai	m
Mordehai	m
Morgan	u
Morris	m
Morten	m
Moshe	m
Mostafa	m
Moti	m
Motti	m
Mouhamad	m
Mouhamed	m
Mouhammad	m
Mouhammed	m
Mouna	f
Mounah	f
Mounir	m
Mourad	m
Moustafa	m
Mu	u
Muamer	m
Muammer	m
Mubariz	m
Muhamad	m
Muhamed	m
Muhamet	m
Muhammad	m
Muhammed	m
Muhammet	m
Muharem	m
Muharrem	m
Muhidin	m
Muireann	f
Mujo	m
Mukades	f
Mun	u
Muna	f
Munawar	f
Munir	m
Munira	f
Murad	m
Murat	m
Muriel	f
Murielle	f
Murugesu	m
Musa	m
Mushegh	m
Mustafa	m
Mustapha	m
Muzaffer	m
My	u
Myeong	u
Myftar	m
Mykhailo	m
Mykhajlo	m
Mykhaylo	m
Mykola	m
Mykolas	m
Myong	u
Myoung	u
Myra	f
Myriam	f
Myron	m
Myrtle	f
Myung	u
Mzia	f
Na	u
Naama	f
Nabeel	m
Nabil	m
Nabila	f
Nachman	m
Naciye	f
Nada	f
Nadarajah	m
Nadeem	m
Nadejda	f
Nadezda	f
Nadezhda	f
Nadia	f
Nadica	f
Nadija	f
Nadim	m
Nadine	f
Nadire	f
Nadiya	f
Nadja	f
Nadka	f
Nadya	f
Nadzeya	f
Naeem	m
Nafije	f
Nagalingam	m
Nahid	f
Nahla	f
Nahoko	f
Naila	f
Nailya	f
Naim	m
Naima	f
Naira	f
Najah	f
Naji	m
Najib	m
Najla	f
Najwa	f
Nak	u
Nalan	f
Nam	u
Nami	f
Namig	m
Namik	m
Nan	u
Nana	f
Nancy	f
Nang	u
Nanna	f
Nanuli	f
Nao	f
Naoki	m
Naoko	f
Naomi	f
Naoto	m
Naoya	m
Naoyuki	m
Narek	m
Nargiz	f
Nargiza	f
Narinder	m
Narine	f
Narmin	f
Narmina	f
Nascimento	m
Naseem	m
Naser	m
Nasim	m
Nasir	m
Nasreen	f
Nasrin	f
Nasser	m
Nastassia	f
Nata	f
Natale	m
Natalia	f
Natalie	f
Nataliia	f
Natalija	f
Natalina	f
Nataliya	f
Natalja	f
Natallia	f
Natalya	f
Natascha	f
Natasha	f
Natasja	f
Natela	f
Nathalie	f
Nathan	m
Nathaniel	m
Natia	f
Natig	m
Natividad	f
Nato	f
Natsuko	f
Natsumi	f
Naum	m
Nava	f
Navaratnam	m
Naxhie	f
Nayla	f
Nazan	f
Nazar	m
Nazeli	f
Nazgul	f
Nazife	f
Nazim	m
Nazira	f
Nazmi	m
Nazmije	f
Nazmiye	f
Nazzareno	m
Neal	m
Neasa	f
Nebahat	f
Necati	m
Nechama	f
Necla	f
Neculai	m
Ned	m
Nedelcho	m
Nedelia	f
Nedelja	f
Nedeljko	m
Nedelya	f
Nediljko	m
Nedim	m
Nedjalka	f
Nedjalko	m
Nedka	f
Nedko	m
Nedyalka	f
Nedyalko	m
Neelam	f
Neelima	f
Neera	f
Neeta	f
Nehat	m
Neil	m
Nejla	f
Nel	f
Neli	f
Nella	f
Nelli	f
Nellie	f
Nelly	f
Nelson	m
Nelu	m
Nelya	f
Nemanja	m
Nenad	m
Neriman	u
Neritan	m
Nermin	u
Nermina	f
Nerses	m
Nertila	f
Neslihan	f
Nesrin	f
Neta	f
Nettie	f
Neven	m
Nevena	f
Nevenka	f
Nevila	f
Neville	m
Nevin	u
Nevzat	m
Nexhat	m
Nexhmije	f
Nga	f
Ngan	f
Nghi	u
Nghia	m
Nghiem	u
Ngoc	f
Nguyet	f
Nha	f
Nhan	m
Nhat	m
Nhi	f
Nhu	f
Nhung	f
Niall	m
Niamh	f
Nic	m
Nichola	f
Nicholas	m
Nichole	f
Nick	m
Nicklas	m
Niclas	m
Nico	m
Nicola	u
Nicolae	m
Nicolai	m
Nicolas	m
Nicolay	m
Nicole	f
Nicoleta	f
Nicoletta	f
Nicolette	f
Nicu	m
Niculae	m
Niculina	f
Niels	m
Nienke	f
Nieves	f
Nigar	f
Nigel	m
Nigina	f
Nigora	f
Nigyar	f
Nihad	m
Nihada	f
Nihal	u
Nihat	m
Niilo	m
Niina	f
Nijaz	m
Nika	u
Niki	u
Nikita	u
Nikitas	m
Nikki	f
Niklas	m
Niklaus	m
Niko	m
Nikola	u
Nikolai	m
Nikolaj	m
Nikolajs	m
Nikolaos	m
Nikolaus	m
Nikolay	m
Nikoletta	f
Nikolina	f
Nikolinka	f
Nikolla	m
Nikollaq	m
Nikoloz	m
Nili	f
Nilofar	f
Niloofar	f
Niloufar	f
Nils	m
Nilufar	f
Nimet	f
Nina	f
Ninel	u
Ning	u
Nino	u
Nir	m
Nirmal	m
Nisha	f
Nissim	m
Nitzan	m
Nizami	m
Nizar	m
Njazi	m
Njomza	f
Noa	f
Noah	m
Noam	m
Noboru	m
Nobuhiro	m
Nobuko	f
Nobuo	m
Nobuyuki	m
Nodar	m
Noel	m
Noelle	f
Noga	f
Nollaig	f
Nona	f
Nonna	f
Noor	f
Noora	f
Nooria	f
Nora	f
Norah	f
Norair	m
Norayr	m
Norbert	m
Noreen	f
Noriaki	m
Norik	m
Noriko	f
Norio	m
Noriyuki	m
Norma	f
Norman	m
Normann	m
Normunds	m
Nour	f
Novak	m
Novica	u
Novo	m
Nozomi	f
Nuala	f
Nubar	u
Nugzar	m
Nuhi	m
Nune	f
Nuno	m
Nunzia	f
Nur	f
Nuran	f
Nuray	f
Nurbol	m
Nurcan	f
Nurettin	m
Nurhan	f
Nuri	u
Nuria	f
Nurit	f
Nuriye	f
Nurlan	m
Nurlana	f
Nurten	f
Nurzhan	m
Nusret	m
Nvard	f
Oana	f
Oanh	f
Obrad	m
Octavian	m
Odd	m
Oddur	m
Oddvar	m
Oded	m
Odeta	f
Odete	f
Odette	f
Odile	f
Ofer	m
Ofra	f
Oganes	m
Ognjan	m
Ognjen	m
Ognyan	m
Oh	u
Oili	f
Oiva	m
Ok	f
Okan	m
Oksana	f
Oktay	m
Ola	u
Olaf	m
Olan	m
Olav	m
Olavi	m
Ole	m
Oleg	m
Oleh	m
Oleksander	m
Oleksandr	m
Oleksandra	f
Oleksii	m
Oleksij	m
Oleksiy	m
Olena	f
Olesia	f
Olesja	f
Olessia	f
Olessja	f
Olessya	f
Olesya	f
Olev	m
Olexander	m
Olexandr	m
Olga	f
Olgica	f
Olha	f
Olimpia	f
Olive	f
Oliver	m
Olivera	f
Olivia	f
Olivier	m
Olle	m
Olli	m
Olof	m
Olov	m
Olsi	m
Olwen	f
Olzhas	m
Omar	m
Omer	m
Ona	f
Ondrej	m
Onik	m
Onni	m
Onur	m
Oonagh	f
Ora	f
Orazio	m
Oren	m
Orhan	m
Orit	f
Orkhan	m
Orla	u
Orlando	m
Orli	f
Orly	f
Orna	f
Ornela	f
Ornella	f
Orri	m
Orsolya	f
Orvokki	f
Orxan	m
Osama	m
Osamu	m
Oscar	m
Oskar	m
Oskari	m
Oskars	m
Osman	m
Osmo	m
Osnat	f
Ossama	m
Osvaldo	m
Osvalds	m
Oswald	m
Ota	m
Otabek	m
Otakar	m
Otar	m
Othmar	m
Otis	m
Oto	m
Ott	m
Otto	m
Ourania	f
Ousama	m
Oussama	m
Outi	f
Ove	m
Ovidiu	m
Owe	m
Owen	m
Oxana	f
Oya	f
Ozan	m
Paata	m
Paavo	m
Pablo	m
Paddy	m
Paige	u
Pajtim	m
Pal	u
Palle	m
Palmira	f
Paloma	f
Pam	f
Pamela	f
Panagiota	f
Panagiotis	m
Panajot	m
Panayiota	f
Panayiotis	m
Panayot	m
Pandeli	m
Pantelis	m
Panto	m
Paola	f
Paolo	m
Paramjit	m
Parascovia	f
Paraskeva	f
Paraskevi	f
Parisa	f
Parminder	m
Parvin	f
Parviz	m
Pascal	m
Pascale	f
Pasi	m
Pasquale	m
Pasqualina	f
Pat	u
Patrice	u
Patricia	f
Patrick	m
Patrik	m
Patrizia	f
Patsy	f
Patti	f
Patty	f
Paul	m
Paula	f
Paule	f
Paulette	f
Pauli	m
Paulien	f
Paulina	f
Pauline	f
Paulius	m
Paulo	m
Pauls	m
Pavao	m
Pavel	m
Pavla	f
Pavle	m
Pavlina	f
Pavlo	m
Pavlos	m
Pavol	m
Pawel	m
Paz	f
Pearl	f
Pece	m
Peco	m
Peder	m
Pedro	m
Peep	m
Peeter	m
Peggy	f
Pei	u
Pekka	m
Pelin	f
Pellervo	m
Pencho	m
Penelope	f
Peng	u
Penka	f
Penny	f
Pentti	m
Per	m
Percy	m
Perihan	f
Periklis	m
Perla	f
Pernilla	f
Pernille	f
Pero	m
Perry	m
Pertti	m
Petar	m
Pete	m
Peter	m
Petja	u
Petko	m
Petr	m
Petra	f
Petranka	f
Petraq	m
Petras	m
Petre	m
Petri	m
Petrit	m
Petro	m
Petros	m
Petru	m
Petrus	m
Petter	m
Petteri	m
Petya	u
Phan	m
Phat	m
Phi	m
Phil	m
Philip	m
Philipp	m
Philippa	f
Philippe	m
Phillip	m
Philomena	f
Phong	m
Phu	m
Phuc	u
Phung	m
Phuoc	m
Phuong	f
Phyllis	f
Pia	f
Pier	m
Piera	f
Pierina	f
Pierino	m
Pierluigi	m
Piero	m
Pierre	m
Pierrette	f
Piet	m
Pieter	m
Pietro	m
Piia	f
Pil	u
Pilar	f
Pille	f
Pim	m
Pinelopi	f
Ping	u
Pio	m
Piotr	m
Piret	f
Pirjo	f
Pirkko	f
Piro	m
Piroska	f
Pirro	m
Pius	m
Pjeter	m
Pjotr	m
Plamen	m
Pnina	f
Poghos	m
Pok	u
Pol	m
Polad	m
Polina	f
Polona	f
Polyxeni	f
Ponniah	m
Ponnuthurai	m
Pooja	f
Poonam	f
Poul	m
Povilas	m
Pranas	m
Pranvera	f
Pratibha	f
Preben	m
Predag	m
Predrag	m
Preeti	f
Prem	f
Preston	m
Priit	m
Primo	m
Priscilla	f
Priska	f
Priya	f
Pyotr	m
Qamil	m
Qani	m
Qazim	m
Qemal	m
Qi	u
Qian	u
Qiang	u
Qiao	u
Qin	u
Qing	u
Qiong	u
Quan	u
Quang	m
Queenie	f
Quentin	m
Qui	m
Qun	u
Quoc	m
Quy	m
Quyen	u
Quyet	m
Quynh	f
Raanan	m
Rabia	f
Rabih	m
Rachael	f
Rachel	f
Rachelle	f
Rada	f
Rade	m
Radek	m
Radi	m
Radim	m
Radisav	m
Radivoj	m
Radivoje	m
Radka	f
Radmila	f
Radojica	m
Radojka	f
Radomir	m
Radosav	m
Radoslav	m
Radostina	f
Radovan	m
Radu	m
Rae	u
Rafael	m
Raffaele	m
Raffaella	f
Rafi	m
Rafik	m
Rafn	m
Ragip	m
Ragna	f
Ragnar	m
Ragnhild	f
Ragnhildur	f
Rahel	f
Rahime	f
Raido	m
Raija	f
Raiko	m
Raili	f
Raimo	m
Raimondas	m
Raimonds	m
Raimund	m
Raimundas	m
Rain	m
Raina	f
Rainer	m
Raisa	f
Raitis	m
Raivis	m
Raivo	m
Raizel	f
Raj	m
Raja	m
Rajan	m
Rajesh	m
Rajinder	m
Rajko	m
Rajmonda	f
Rajna	f
Rajni	f
Rakel	f
Rakesh	m
Ralf	m
Ralfs	m
Ralph	m
Raluca	f
Ram	m
Ramadan	m
Raman	m
Ramaz	m
Ramazan	m
Ramesh	m
Rami	m
Ramil	m
Ramin	m
Ramiro	m
Ramiz	m
Ramiza	f
Ramo	m
Ramona	f
Ramzi	m
Ran	u
Rana	u
Randa	f
Randah	f
Randall	m
Randi	f
Rando	m
Randolph	m
Randy	u
Rani	f
Rania	f
Ranjan	m
Ranjana	f
Ranjit	m
Ranko	m
Rannveig	f
Raphael	m
Raquel	f
Rasa	u
Rashad	m
Rashid	m
Rashmi	f
Rasiah	m
Rasim	m
Rasma	f
Rasmus	m
Rastislav	m
Ratko	m
Rauf	m
Rauha	f
Raul	m
Rauni	f
Rauno	m
Raushan	f
Ravi	m
Ravinder	m
Ravshan	m
Ray	m
Raya	f
Rayko	m
Raymond	m
Raymonde	f
Rayna	f
Razija	f
Razmik	m
Rebecca	f
Rebekah	f
Rebekka	f
Recep	m
Reem	f
Reena	f
Reet	f
Refael	m
Refik	m
Refoel	m
Regina	f
Reginald	m
Regine	f
Regula	f
Rei	u
Reidar	m
Reidun	f
Reijo	m
Reiko	u
Rein	u
Reiner	m
Reinhard	m
Reinhold	m
Reino	m
Rekha	f
Remco	m
Remigijus	m
Remo	m
Remzi	m
Remzija	f
Remzije	f
Remziye	f
Rena	f
Renat	m
Renata	f
Renate	f
Renato	m
Rene	u
Renee	f
Renu	f
Renzo	m
Reshat	m
Reto	m
Reuben	m
Reut	f
Reuven	m
Revaz	m
Revital	f
Rex	m
Rexhep	m
Reyhan	f
Reynir	m
Reza	m
Rezarta	f
Rhona	f
Rhonda	f
Ri	u
Ria	f
Riad	m
Rian	u
Rianne	f
Ricardo	m
Riccardo	m
Richard	m
Rick	m
Rickard	m
Rickey	m
Ricky	u
Ridvan	m
Rie	u
Rieko	u
Riet	f
Rifat	m
Rigmor	f
Rihards	m
Riho	u
Riikka	f
Riina	f
Riitta	f
Rik	m
Rika	f
Rikke	f
Riley	m
Rim	u
Rima	f
Rimah	f
Rimantas	m
Rimas	m
Rimma	f
Rimvydas	m
Rina	f
Rinat	m
Rino	m
Risa	f
Risto	m
Rita	f
Ritu	f
Ritva	f
Rivka	f
Rivkah	f
Roald	m
Roar	m
Rob	m
Robbie	u
Robert	m
Roberta	f
Robertas	m
Roberto	m
Roberts	m
Robin	u
Robina	f
Robyn	u
Rocco	m
Rochel	f
Rochelle	f
Roderick	m
Rodica	f
Rodney	m
Rodolfo	m
Roel	m
Roelof	m
Rogelio	m
Roger	m
Roisin	f
Rok	u
Rola	f
Roland	m
Rolandas	m
Rolando	m
Rolands	m
Rolf	m
Roma	u
Romain	m
Romaine	f
Roman	m
Romana	f
Romano	m
Romas	m
Romen	m
Romeo	m
Romina	f
Romuald	m
Romualda	f
Romualdas	m
Romualds	m
Romulus	m
Ron	m
Ronald	m
Ronan	m
Ronda	f
Ronen	m
Rong	u
Roni	m
Ronit	f
Ronnie	m
Ronny	m
Rony	m
Rory	m
Rosa	f
Rosalba	f
Rosaleen	f
Rosalia	f
Rosalie	f
Rosalind	f
Rosanna	f
Rosaria	f
Rosarie	f
Rosario	u
Rose	f
Rosella	f
Rosemarie	f
Rosemary	f
Rosen	m
Rosetta	f
Rosette	f
Rosica	f
Rosie	f
Rosina	f
Rositza	f
Rosmarie	f
Ross	m
Rossana	f
Rossella	f
Rossen	m
Rostislav	m
Roswitha	f
Roula	f
Roumen	m
Rovshan	m
Rowschan	m
Roxana	f
Roxanne	f
Roy	m
Roza	f
Rozalia	f
Rozalija	f
Ru	u
Ruben	m
Rubik	m
Ruby	f
Ruchama	f
Rudi	m
Rudina	f
Rudolf	m
Rudolph	m
Rudy	m
Ruedi	m
Rufat	m
Rui	u
Rukhsana	f
Rukiye	f
Rula	f
Rumen	m
Rumjana	f
Rumyana	f
Runak	f
Rune	m
Rupert	m
Rusi	m
Ruska	f
Ruslan	m
Ruslana	f
Russell	m
Russi	m
Rustam	m
Rustem	m
Rusudan	f
Rut	f
Ruta	f
Ruth	f
Ruthie	f
Ruud	m
Ruxandra	f
Ruzan	f
Ruzanna	f
Ruzhdi	m
Ryan	m
Ryo	u
Ryoichi	m
Ryoko	f
Ryota	m
Ryszard	m
Ryuji	m
Sa	u
Saad	m
Saadet	f
Saara	f
Sabah	f
Sabaheta	f
Sabina	f
Sabine	f
Sabri	m
Sabrie	f
Sabrije	f
Sabrina	f
Sachiko	f
Sadete	f
Sadie	f
Sadije	f
Sae	u
Saeed	m
Saeko	f
Safa	f
Safet	m
Safiye	f
Sagrario	f
Sahar	f
Said	m
Saida	f
Saime	f
Saimir	m
Sakari	m
Saken	m
Sakib	m
Salah	m
Salam	m
Saleem	m
Saleh	m
Salem	m
Sali	m
Salih	m
Saliha	f
Salim	m
Salima	f
Salko	m
Sally	f
Salma	f
Salme	f
Salome	f
Saltanat	f
Salvador	m
Salvatore	m
Salvu	m
Salwa	f
Sam	u
Samantha	f
Samar	f
Samer	m
Sami	u
Samia	f
Samija	f
Samir	m
Samira	f
Samirah	f
Sammy	m
Samo	m
Samra	f
Samuel	m
Samuli	m
Samvel	m
Samy	m
San	u
Sana	f
Sanaa	f
Sanae	f
Sanda	f
Sander	m
Sandi	u
Sandis	m
Sandra	f
Sandrine	f
Sandro	m
Sandy	u
Sanela	f
Sang	u
Sangeeta	f
Sanije	f
Sanita	f
Saniye	f
Sanja	f
Sanjeev	m
Sanjin	m
Sanna	f
Sanne	f
Santa	f
Santiago	m
Santina	f
Santo	m
Santos	u
Saori	f
Sara	f
Sarah	f
Saranda	f
Sardor	m
Sargis	m
Sari	f
Sarit	f
Sarita	f
Sarkis	m
Sarma	f
Saroj	f
Sarolta	f
Sascha	u
Sascho	m
Sasha	u
Sasho	m
Saskia	f
Satish	m
Satnam	m
Satoko	f
Satomi	f
Satoru	m
Satoshi	m
Satu	f
Saul	m
Saule	f
Saulius	m
Sava	u
Savannah	f
Saverio	m
Saviour	m
Savita	f
Savo	m
Savvas	m
Sawsan	f
Sayaka	f
Sayd	m
Sayed	m
Sayuri	f
Schirin	f
Scholpan	f
Schorena	f
Scott	m
Se	u
Sead	m
Sean	u
Sebahate	f
Sebastian	m
Sebastiano	m
Sebastjan	m
Seda	f
Sedat	m
Sedigheh	f
Seema	f
Seher	f
Seid	m
Seiichi	m
Seija	f
Seiji	m
Seiko	f
Sejad	m
Selahattin	m
Selda	f
Selim	m
Selin	f
Sellathurai	m
Selliah	m
Selma	f
Selvaratnam	m
Selvete	f
Selvije	f
Sema	f
Semen	m
Semih	m
Semiha	f
Semra	f
Sena	f
Senad	m
Senada	f
Senem	f
Senka	f
Seo	u
Seok	u
Seon	u
Seong	u
Seosamh	m
Seppo	m
Serafim	m
Serap	f
Serban	m
Serdar	m
Serena	f
Serge	m
Sergei	m
Sergej	m
Sergejs	m
Sergey	m
Serghei	m
Sergii	m
Sergij	m
Sergio	m
Sergiu	m
Sergiy	m
Sergo	m
Serhat	m
Serhei	m
Serhiy	m
Serik	m
Serkan	m
Serpil	f
Sesselja	f
Seth	m
Setsuko	f
Seung	u
Seva	f
Sevara	f
Sevda	f
Sevdalina	f
Sevdije	f
Sevgi	f
Sevil	f
Sevilay	f
Sevim	f
Sevinc	f
Sevinj	f
Seyed	m
Seymur	m
Seyran	f
Shaban	m
Shachar	m
Shadi	m
Shahar	m
Shahin	u
Shahla	f
Shahnaz	f
Shai	m
Shaindel	f
Shalom	m
Shalva	u
Shamil	m
Shan	u
Shane	m
Shannon	u
Shari	f
Sharon	u
Shashi	f
Shaul	m
Shaun	m
Shavarsh	m
Shawn	m
Shawna	f
Shay	m
Shayna	f
Sheela	f
Sheena	f
Sheetal	f
Shefqet	m
Sheila	f
Shelagh	f
Shelby	u
Shelia	f
Shelley	f
Shelly	f
Sheng	u
Shereen	f
Sheri	f
Sherife	f
Sherri	f
Sherrie	f
Sherry	f
Sheryl	f
Sherzod	m
Shifra	f
Shigeki	m
Shigeo	m
Shigeru	m
Shiho	f
Shik	u
Shimon	m
Shin	u
Shingo	m
Shinichi	m
Shinji	m
Shinobu	f
Shinsuke	m
Shintaro	m
Shinya	m
Shira	f
Shirin	f
Shirley	f
Shkumbin	m
Shlomit	f
Shlomo	m
Shmuel	m
Shobha	f
Shogo	m
Shoko	f
Sholpan	f
Shona	f
Shorena	f
Shoshana	f
Shota	m
Shpend	m
Shpresa	f
Shqipe	f
Shraga	m
Shu	u
Shuang	u
Shuichi	m
Shuji	m
Shukrie	f
Shukrije	f
Shulamit	f
Shunsuke	m
Shyqyri	m
Si	u
Sian	f
Siarhei	m
Siarhej	m
Siarhey	m
Sibel	f
Sibylle	f
Sidney	m
Siegfried	m
Sieglinde	f
Sierra	f
Sif	f
Sigalit	f
Sigita	f
Sigitas	m
Sigmar	m
Sigmundur	m
Signe	f
Sigrid	f
Sigurborg	f
Sigurd	m
Sigurgeir	m
Sigurlaug	f
Sigurveig	f
Siham	f
Siim	m
Siiri	f
Sijka	f
Sik	m
Sika	f
Sil	u
Silja	f
Silke	f
Sille	f
Silva	f
Silvana	f
Silvano	m
Silvester	m
Silvi	f
Silvia	f
Silvija	f
Silvio	m
Silviu	m
Silviya	f
Silvo	m
Sima	f
Simcha	u
Simeon	m
Simion	m
Simo	m
Simon	m
Simona	f
Simone	u
Simonetta	f
Simonne	f
Sin	u
Sinan	m
Sindri	m
Sine	f
Sinem	f
Sinh	u
Sinikka	f
Sinnathamby	m
Sinnathurai	m
Sinniah	m
Siobhan	f
Siranoush	f
Siranush	f
Siri	u
Sirje	f
Sirkka	f
Sirpa	f
Sisko	f
Sissel	f
Siv	f
Sivakumar	m
Sivarajah	m
Siw	f
Siyka	f
Sjaak	m
Sjoerd	m
Sjoukje	f
Slagjana	f
Slavcho	m
Slave	m
Slavi	m
Slavica	f
Slavik	m
Slavka	f
Slavko	m
Slavoljub	m
Slobodan	m
Slobodanka	f
Smadar	f
Smail	m
Smbat	m
Smilja	f
Smiljana	f
Smiljka	f
Snezana	f
Snezanka	f
Snezhana	f
Snezhanka	f
Sniazhana	f
Snorri	m
So	u
Soad	f
Sofi	f
Sofia	f
Sofie	f
Sofija	f
Sofiya	f
Sofka	f
Soha	f
Sohail	m
Sohaila	f
Soheil	m
Soheila	f
Soili	f
Sok	u
Sokol	m
Solange	f
Soledad	f
Solveig	f
Solveiga	f
Somasundaram	m
Son	m
Sona	f
Soner	m
Song	u
Sonia	f
Sonila	f
Sonja	f
Sonya	f
Soo	u
Sook	f
Soon	u
Sophia	f
Sophie	f
Sophio	f
Soraya	f
Sorcha	f
Sorin	m
Soso	m
Sotir	m
Sotiraq	m
Sotiria	f
Sotirios	m
Souad	f
Souha	f
Souhail	m
Souheil	m
Souheila	f
Soung	u
Souraya	f
Spartak	m
Spencer	m
Speranza	f
Spiro	m
Spomenka	f
Spyridon	m
Spyridoula	f
Spyros	m
Srboljub	m
Stacey	f
Stacie	f
Stacy	f
Staffan	m
Stamantina	f
Stamatios	m
Stan	m
Stana	f
Stancho	m
Stane	m
Stanimir	m
Stanislau	m
Stanislav	m
Stanislava	f
Stanislaw	m
Stanislovas	m
Stanka	f
Stanko	m
Stanley	m
Stasys	m
Stavri	m
Stavros	m
Stavroula	f
Steen	m
Stefaan	m
Stefan	m
Stefania	f
Stefanie	f
Stefanija	f
Stefanka	f
Stefano	m
Stefanos	m
Steffen	m
Steffi	f
Stefka	f
Stein	m
Steinar	m
Steinn	m
Steinunn	f
Stela	f
Stelian	m
Steliana	f
Stella	f
Sten	m
Stepan	m
Stephan	m
Stephanie	f
Stephen	m
Steponas	m
Stevan	m
Steve	m
Steven	m
Stevo	m
Stewart	m
Stian	m
Stig	m
Stijn	m
Stina	f
Stine	f
Stipan	m
Stipe	m
Stipo	m
Stjepan	m
Stoika	f
Stoiko	m
Stoitcho	m
Stojan	m
Stojanka	f
Stojka	f
Stojko	m
Stojtcho	m
Stoyan	m
Stoyanka	f
Stoyka	f
Stoyko	m
Stoytcho	m
Stuart	m
Sture	m
Sturla	m
Styliani	f
Stylianos	m
Su	u
Suad	u
Suada	f
Suat	u
Sub	u
Subramaniam	m
Sudesh	f
Sudha	f
Sudhir	m
Sue	f
Suela	f
Suha	f
Suhail	m
Suhayl	m
Suhayla	f
Suheil	m
Sujata	f
Suk	u
Sukhdev	m
Sukhwinder	m
Suleiman	m
Sulejman	m
Sulev	m
Suljo	m
Sulo	m
Sultan	u
Suman	f
Summer	u
Sun	u
Suna	f
Sune	m
Sung	u
Sunil	m
Sunita	f
Sunna	f
Sup	u
Suraya	f
Suren	m
Suresh	m
Sureshkumar	m
Surinder	m
Surjit	m
Susan	f
Susana	f
Susanna	f
Susannah	f
Susanne	f
Sushila	f
Sushma	f
Susi	f
Susie	f
Susumu	m
Suvada	f
Suvi	f
Suzan	f
Suzana	f
Suzanna	f
Suzanne	f
Suzette	f
Svala	f
Svanhildur	f
Svanur	m
Svatava	f
Svatopluk	m
Svava	f
Svavar	m
Svea	f
Svein	m
Sveinn	m
Sven	m
Svend	m
Sverre	m
Sverrir	m
Sveta	f
Svetislav	m
Svetla	f
Svetlana	f
Svetomir	m
Svetoslav	m
Svetozar	m
Sviatlana	f
Svitlana	f
Svjetlana	f
Swetlana	f
Sy	m
Sydney	u
Syed	m
Sylva	f
Sylvain	m
Sylvia	f
Sylviane	f
Sylvie	f
Sylwia	f
Syrja	f
Szabolcs	m
Szilvia	f
Taavi	m
Tabitha	f
Tadashi	m
Tadej	m
Tadeja	f
Tadeusz	m
Tadhg	m
Tae	u
Taek	u
Tage	m
Tahir	m
Tahsin	m
Tai	u
Taibe	f
Taimi	f
Taina	f
Tair	m
Taisto	m
Taivo	m
Takaaki	m
Takahiro	m
Takako	f
Takanori	m
Takao	m
Takashi	m
Takayoshi	m
Takayuki	m
Takehiro	m
Takeo	m
Takeshi	m
Takis	m
Takumi	m
Takuya	m
Tal	u
Talal	m
Talgat	m
Tali	f
Talia	f
Tam	u
Tamaki	f
Tamar	f
Tamara	f
Tamaz	m
Tamer	m
Tami	u
Tamiko	f
Tamila	f
Tamilla	f
Tammie	f
Tammy	f
Tamta	f
Tan	u
Tanel	m
Taner	m
Tania	f
Tanja	f
Tanya	f
Tao	u
Tapani	m
Tapio	m
Tara	f
Tarana	f
Taras	m
Tarek	m
Tareq	m
Tariel	m
Tarik	m
Tariq	m
Tarja	f
Tarlan	m
Tarmo	m
Taro	m
Taru	f
Tarvo	m
Tasha	f
Tat	u
Tatevik	f
Tatiana	f
Tatjana	f
Tatsiana	f
Tatsuya	m
Tatyana	f
Taulant	m
Tauno	m
Tayfun	m
Taylor	m
Tea	u
Ted	m
Teddy	u
Teemu	m
Teet	m
Tefta	f
Teija	f
Teimuraz	m
Tekin	m
Tellervo	f
Telma	f
Temenuzhka	f
Temur	m
Tengiz	m
Teodor	m
Teodora	f
Teodoro	m
Teona	f
Terence	m
Teresa	f
Tereza	f
Terezija	f
Terhi	f
Teri	u
Terje	u
Tero	m
Terrance	m
Terrence	m
Terri	f
Terry	u
Terttu	f
Terumi	f
Tessa	f
Tetiana	f
Tetjana	f
Tetsuo	m
Tetsuya	m
Tetyana	f
Teuta	f
Teuvo	m
Teymur	m
Thach	m
Thai	m
Thalia	f
Thambiah	m
Than	u
Thanas	m
Thang	m
Thanh	u
Thao	f
The	f
Thea	f
Theda	f
Thelma	f
Theo	m
Theodor	m
Theodora	f
Theodore	u
Theodoros	m
Theofanis	m
Theres	f
Theresa	f
Therese	f
Theresia	f
Thi	f
Thien	u
Thierry	m
Thijs	m
Thinh	u
Tho	f
Thoa	u
Thoma	u
Thomas	m
Thong	m
Thor	m
Thore	m
Thorkild	m
Thorsten	m
Thu	f
Thuan	u
Thuc	f
Thuy	f
Tiago	m
Tian	u
Tiberiu	m
Tibor	m
Tien	u
Tiet	u
Tiffany	f
Tigran	m
Tihomir	m
Tiia	f
Tiina	f
Tiit	m
Tiiu	f
Tikva	f
Tim	m
Timo	m
Timothy	m
Timur	m
Tin	m
Tina	f
Tinatin	f
Tine	u
Tineke	f
Ting	u
Tinh	m
Tinka	f
Tinna	f
Tiny	f
Titus	m
Tivadar	m
Tiziana	f
Tiziano	m
Tjitske	f
To	u
Toan	m
Tobias	m
Todd	m
Todor	m
Todorka	f
Togzhan	f
Tohru	m
Toivo	m
Tolga	m
Tom	m
Toma	u
Tomas	m
Tomasz	m
Tome	m
Tomer	m
Tomi	m
Tomislav	m
Tommaso	m
Tommi	m
Tommie	m
Tommy	m
Tomo	u
Tomoaki	m
Tomoe	f
Tomohiro	m
Tomokazu	m
Tomoko	f
Tomomi	f
Tomonori	m
Tomor	m
Tomoya	m
Tomoyuki	m
Toms	m
Ton	u
Tone	u
Tong	u
Toni	u
Tonka	f
Tonnie	u
Tonny	u
Tony	u
Tonya	f
Toomas	m
Toon	m
Toos	f
Tor	m
Torben	m
Tord	m
Tordis	f
Tore	m
Torfi	m
Torgeir	m
Toril	f
Torill	f
Tornike	m
Torsten	m
Toru	m
Toshiaki	m
Toshihide	m
Toshihiko	m
Toshihiro	m
Toshiko	f
Toshio	m
Toshiyuki	m
Tova	f
Tove	f
Tracey	f
Traci	f
Tracie	f
Tracy	u
Traian	m
Trajan	m
Trajanka	f
Trajko	m
Tran	u
Trang	u
Trausti	m
Travis	m
Trevor	m
Tri	m
Tricia	f
Trieu	u
Trifon	m
Triin	f
Trina	f
Trine	f
Trinh	f
Trinidad	u
Tripo	m
Trisha	f
Tristan	m
Troels	m
Trond	m
Trong	m
Troy	m
Truc	f
Trude	f
Trudi	f
Trudy	f
Trung	m
Truong	m
Truus	f
Tryggvi	m
Trygve	m
Tsutomu	m
Tsuyoshi	m
Tu	u
Tuan	m
Tuba	f
Tudor	m
Tudora	f
Tuija	f
Tuncay	m
Tung	m
Tuomas	m
Tuomo	m
Tuong	u
Tural	m
Turan	m
Turgay	m
Turid	f
Tuula	f
Tuulikki	f
Tuvia	m
Tuyen	u
Tuyet	f
Twan	m
Tyler	m
Tyrone	m
Tzipora	f
Tziporah	f
Tzonka	f
Tzvi	m
Udo	m
Ueli	m
Uffe	m
Ufuk	m
Ugo	m
Uk	m
Uladzimir	m
Uladzislau	m
Uladzmir	m
Uldis	m
Ulf	m
Ulla	f
Ulrich	m
Ulrik	m
Ulrika	f
Ulrike	f
Ulugbek	m
Ulvi	u
Ulviya	f
Uma	f
Umberto	m
Umida	f
Umut	m
Un	u
Una	f
Ung	u
Unn	f
Unnar	m
Unni	f
Unnur	f
Uno	m
Unto	m
Uolevi	m
Urban	m
Urho	m
Uri	m
Uriel	m
Urmas	m
Urmila	f
Urpo	m
Urs	m
Ursula	f
Urszula	f
Urve	f
Usama	m
Usamah	m
Usha	f
Uta	f
Ute	f
Uwe	m
Vachagan	m
Vaclovas	m
Vadim	m
Vadims	m
Vadym	m
Vadzim	m
Vafa	f
Vagharshak	m
Vaghinak	m
Vagif	m
Vagn	m
Vahagn	m
Vahan	m
Vahe	m
Vahid	m
Vahide	f
Vahram	m
Vahur	m
Vaidotas	m
Vaike	f
Vaira	f
Vaja	m
Vakhtang	m
Vala	f
Valbona	f
Valda	f
Valdas	m
Valdet	m
Valdete	f
Valdimar	m
Valdis	m
Valentin	m
Valentina	f
Valentinas	m
Valentino	m
Valentyn	m
Valentyna	f
Valer	m
Valeri	m
Valeria	f
Valerian	m
Valerica	f
Valerie	f
Valerii	m
Valerij	m
Valerija	f
Valerio	m
Valeriu	m
Valeriy	m
Valeriya	f
Valery	u
Valgeir	m
Valiantsina	f
Valija	f
Vallo	m
Valmir	m
Valon	m
Valtteri	m
Valur	m
Van	m
Vance	m
Vanda	f
Vandana	f
Vanessa	f
Vangel	m
Vangjel	m
Vanik	m
Vanja	u
Vanya	f
Varda	f
Vardan	m
Vardges	m
Varduhi	f
Varpu	f
Varsha	f
Varujan	m
Vasco	m
Vasif	m
Vasil	m
Vasile	m
Vasileios	m
Vasili	m
Vasilij	m
Vasilika	f
Vasiliki	f
Vasilios	m
Vasilis	m
Vasiliy	m
Vasilka	f
Vasillaq	m
Vasily	m
Vasja	m
Vaska	f
Vaske	f
Vasko	m
Vassil	m
Vassili	m
Vassilka	f
Vasyl	m
Vazgen	m
Veaceslav	m
Vedat	m
Vedran	m
Vedrana	f
Veena	f
Veera	f
Veerle	f
Veijo	m
Veikko	m
Veiko	m
Velga	f
Veli	m
Velika	f
Veliko	m
Velimir	m
Velitchka	f
Velitchko	m
Veljko	m
Vello	m
Velma	f
Velta	f
Vencislav	m
Venelin	m
Venera	f
Venka	f
Ventzislav	m
Vera	f
Veranika	f
Vered	f
Verena	f
Verica	f
Verjine	f
Verka	f
Verna	f
Verner	m
Vernon	m
Veroljub	m
Veronica	f
Veronika	f
Veronique	f
Vesa	u
Veselin	m
Veselina	f
Veselinka	f
Veska	f
Vesko	m
Vesna	f
Vesselin	m
Vesselina	f
Viachaslau	m
Viacheslau	m
Viacheslav	m
Viatcheslav	m
Vibeke	f
Vicenta	f
Vicente	m
Vicki	f
Vickie	f
Vicko	m
Vicky	f
Victor	m
Victoria	f
Victoriano	m
Victoriya	f
Vida	f
Vidar	m
Vidas	m
Vidmantas	m
Vidoje	m
Vidosava	f
Vien	f
Viera	f
Viesturs	m
Viet	m
Vigdis	f
Vigen	m
Viggo	m
Vignir	m
Viiu	f
Viive	f
Vija	f
Vijay	m
Vijaya	f
Vika	f
Viktar	m
Viktor	m
Viktoras	m
Viktoria	f
Viktorija	f
Viktoriya	f
Viktors	m
Viktorya	f
Viktoryia	f
Vilberg	m
Vilborg	f
Vildana	f
Vilen	m
Vilhelm	m
Vilho	m
Viliam	m
Vilija	f
Vilis	m
Vilius	m
Viljami	m
Viljar	m
Viljem	m
Viljo	m
Ville	m
Villu	m
Villy	m
Vilma	f
Vilmos	m
Vilnis	m
Vilson	m
Vincas	m
Vince	m
Vincent	m
Vincentas	m
Vincenza	f
Vincenzo	m
Vineta	f
Vinh	m
Vinka	f
Vinko	m
Vinod	m
Viola	f
Violet	f
Violeta	f
Viorel	m
Viorica	f
Vira	f
Virgil	m
Virgilijus	m
Virginia	f
Virginie	f
Virginija	f
Virginijus	m
Virpi	f
Virve	f
Visar	m
Visvaldis	m
Vita	f
Vitali	m
Vitalie	m
Vitalii	m
Vitalij	m
Vitalija	f
Vitaliy	m
Vitallium	m
Vitaly	m
Vitas	m
Vitauts	m
Vito	m
Vitolds	m
Vittoria	f
Vittorio	m
Vivi	f
Vivian	u
Viviane	f
Vivien	u
Vivienne	f
Vizma	f
Vjacheslav	m
Vjara	f
Vjarka	f
Vjatcheslav	m
Vjekoslav	m
Vjolca	f
Vjollca	f
Vjosa	f
Vlad	m
Vlada	f
Vladan	m
Vladas	m
Vladimer	m
Vladimir	m
Vladimiras	m
Vladimirs	m
Vladislav	m
Vladislava	f
Vladislavs	m
Vladislovas	m
Vlado	m
Vladymyr	m
Vladyslav	m
Vlasta	f
Vlastimil	m
Vlastimir	m
Vlatko	m
Vlora	f
Vojin	m
Vojislav	m
Vojko	m
Vojo	m
Vojsava	f
Vojtech	m
Volha	f
Volkan	m
Volker	m
Volodia	m
Volodimir	m
Volodya	m
Volodymyr	m
Vratislav	m
Vreni	f
Vsevolod	m
Vu	m
Vugar	m
Vulcho	m
Vuokko	f
Vuong	m
Vuqar	m
Vusal	m
Vusala	f
Vyacheslav	m
Vyara	f
Vyarka	f
Vyatcheslav	m
Vytas	m
Vytautas	m
Wade	m
Wadim	m
Wael	m
Wafa	f
Wafaa	f
Wahid	m
Waldemar	m
Waleed	m
Walerij	m
Walid	m
Wallace	m
Walter	m
Waltraud	f
Wan	u
Wanda	f
Warren	m
Waseem	m
Wasim	m
Wassili	m
Wassim	m
Wataru	m
Wayne	m
Wei	u
Wen	u
Wenche	f
Wendell	m
Wendy	f
Weon	u
Werner	m
Wesley	m
Wha	u
Whan	u
Whitney	m
Wil	u
Wilbert	m
Wilco	m
Wilfred	m
Wilfried	m
Wilhelm	m
Wilhelmine	f
Willard	m
Willem	m
Willi	u
William	m
Willibald	m
Willie	u
Willy	u
Wilma	f
Wim	m
Winfried	m
Winifred	f
Winnie	f
Wioletta	f
Wissam	m
Witold	m
Wladimir	m
Wladislaw	m
Wojciech	m
Wolf	m
Wolfgang	m
Won	m
Woo	u
Wook	m
Woon	u
Woong	u
Wouter	m
Xavier	m
Xayrullo	m
Xenofon	m
Xhafer	m
Xhavit	m
Xhelal	m
Xhemal	m
Xhemile	f
Xhevat	m
Xhevdet	m
Xhuljeta	f
Xi	u
Xia	u
Xian	u
Xiang	u
Xiao	u
Xin	u
Xing	u
Xu	u
Xuan	u
Xue	u
Xun	u
Ya	u
Yaacov	m
Yaakov	m
Yael	f
Yafa	f
Yaffa	f
Yahya	m
Yair	m
Yakup	m
Yan	u
Yana	f
Yanaki	m
Yang	u
Yani	m
Yanina	f
Yaniv	m
Yanka	f
Yanko	m
Yann	m
Yannick	m
Yantcho	m
Yao	u
Yaron	m
Yaroslav	m
Yasemin	f
Yashar	m
Yasin	m
Yasmin	f
Yasser	m
Yasuhiko	m
Yasuhiro	m
Yasuhisa	m
Yasuko	f
Yasuo	m
Yasushi	m
Yasuyuki	m
Yauhen	m
Yauheni	m
Yavuz	m
Ye	u
Yegana	f
Yehoshua	m
Yehuda	m
Yehudah	m
Yehudis	f
Yehudit	f
Yekaterina	f
Yelena	f
Yeliz	f
Yen	u
Yeol	u
Yeon	u
Yeong	u
Yerkin	m
Yerlan	m
Yerzhan	m
Yeter	f
Yeun	u
Yevgen	m
Yevgeni	m
Yevgenia	f
Yevgenii	m
Yevgeniy	m
Yevgeniya	f
Yevgeny	m
Yi	u
Yin	u
Ying	u
Yisrael	m
Yisroel	m
Yitzchak	m
Yitzchok	m
Yitzhak	m
Ylli	m
Yllka	f
Ymer	m
Yngve	m
Yoav	m
Yocheved	f
Yoel	m
Yohei	m
Yoichi	m
Yoko	f
Yolanda	f
Yolande	f
Yon	m
Yonatan	m
Yong	u
Yoo	u
Yoon	u
Yoram	m
Yoriko	f
Yosef	m
Yoshiaki	m
Yoshie	f
Yoshifumi	m
Yoshiharu	m
Yoshihiko	m
Yoshihiro	m
Yoshikazu	m
Yoshiko	f
Yoshimi	f
Yoshinobu	m
Yoshinori	m
Yoshio	m
Yoshitaka	m
Yoshiyuki	m
Yossef	m
Yossi	m
Yosuke	m
You	u
Youl	u
Youlia	f
Youlian	m
Youliana	f
Youn	u
Young	f
Youri	m
Yousef	m
Yousif	m
Youssef	m
Youssif	m
Youssouf	m
Yousuf	m
Yu	u
Yuan	u
Yue	u
Yuichi	m
Yuji	m
Yuka	f
Yukako	f
Yukari	f
Yuki	f
Yukie	f
Yukihiro	m
Yukiko	f
Yukio	m
Yuko	f
Yul	u
Yulduz	f
Yulia	f
Yulian	m
Yuliana	f
Yuliia	f
Yulija	f
Yuliya	f
Yuliyan	m
Yuliyana	f
Yumi	f
Yumiko	f
Yun	u
Yung	u
Yunus	m
Yuri	u
Yurii	m
Yurij	m
Yurik	m
Yuriko	f
Yuriy	m
Yury	m
Yusif	m
Yusra	f
Yussuf	m
Yusuf	m
Yusuke	m
Yuta	f
Yutaka	m
Yuu	f
Yuuji	m
Yuuki	m
Yuval	m
Yvan	m
Yves	m
Yvette	f
Yvon	u
Yvonne	f
Zachary	m
Zafar	m
Zafer	m
Zagorka	f
Zahari	m
Zahava	f
Zahir	m
Zahra	f
Zaiga	f
Zainab	f
Zakaria	m
Zakir	m
Zamira	f
Zana	f
Zanda	f
Zane	u
Zara	f
Zarema	f
Zarife	f
Zarina	f
Zaruhi	f
Zaur	m
Zayna	f
Zaynab	f
Zaynah	f
Zaza	m
Zbigniew	m
Zdena	f
Zdenka	f
Zdenko	m
Zdeno	m
Zdravka	f
Zdravko	m
Zeev	m
Zef	m
Zehra	f
Zeina	f
Zeinab	f
Zekeriya	m
Zeki	m
Zekiye	f
Zeliha	f
Zemfira	f
Zenel	m
Zenepe	f
Zenon	m
Zenonas	m
Zenta	f
Zeynep	f
Zhana	f
Zhanar	f
Zhaneta	f
Zhanibek	m
Zhanna	f
Zhao	u
Zhe	u
Zheko	m
Zheljazka	f
Zheljazko	m
Zhelyazka	f
Zhelyazko	m
Zhen	u
Zheng	u
Zhetchka	f
Zhi	u
Zhivka	f
Zhivko	m
Zhong	u
Zhuljeta	f
Ziad	m
Zigmas	m
Zigurds	m
Zija	m
Zijad	m
Zilha	f
Zina	f
Zinaida	f
Zipora	f
Zippora	f
Zita	f
Ziv	m
Ziva	f
Zlata	f
Zlatan	m
Zlate	u
Zlati	m
Zlatica	f
Zlatka	f
Zlatko	m
Zoe	f
Zofia	f
Zofija	f
Zohra	f
Zoi	f
Zoia	f
Zoja	f
Zora	f
Zoran	m
Zorana	f
Zorica	f
Zorka	f
Zouhair	m
Zouheir	m
Zoya	f
Zrinka	f
Zsolt	m
Zsuzsa	f
Zsuzsanna	f
Zuhair	m
Zuhayr	m
Zuheir	m
Zulfia	f
Zura	m
Zurab	m
Zuzana	f
Zvetan	m
Zvetanka	f
Zvetelina	f
Zvi	m
Zviad	m
Zviadi	m
Zvjezdana	f
Zvonimir	m
Zvonko	m
Zygmunt	m
Zyrafete	f"#;

/// Frequent lower-case words of news prose, one per line.
pub static COMMON_WORDS: &str = r#"a
abandon
abandoned
abated
abdominal
abducted
abduction
abetting
abide
abilities
ability
able
aboard
abortion
about
above
abreast
abroad
absence
absolute
abstentions
abuse
abuses
abusing
academics
accept
acceptable
acceptance
accepted
accepting
access
accessible
accident
accidental
accompanied
accompany
accomplice
accomplices
accomplished
accord
accordance
according
accords
account
accountant
accounted
accounting
accumulated
accuracy
accurate
accuse
accused
accuses
accusing
aces
achieve
achieved
achievement
achievements
achieving
acknowledged
acquire
acquired
acquiring
acquisition
acreage
acres
acrimonious
across
act
acting
action
actions
active
actively
activist
activists
activities
activity
actor
actress
acts
actual
actually
add
added
addiction
adding
addition
additional
address
addressed
addressing
adequate
adjusted
administered
administration
administrative
administrator
admitted
admitting
adopt
adopted
adoption
adoptive
adrift
adult
advance
advanced
advances
advancing
advantage
advertising
advice
advise
advised
adviser
advising
advocated
aegis
affair
affairs
affect
affected
affecting
affects
affidavit
aflatoxin
afraid
after
afternoon
afterwards
again
against
age
aged
agencies
agency
agenda
agents
aggravated
aggregate
aggression
aggressive
ago
agree
agreed
agreement
agreements
agricultural
agriculture
agrregate
ahead
aid
aide
aides
ailing
aim
aimed
aiming
aims
air
aircraft
aircrew
airfreight
airliner
airlines
airport
airports
airspace
al
alarm
albeit
alert
alerted
alight
alive
all
allegations
allege
alleged
allegedly
alleging
alliance
allied
allies
allocated
allocation
allow
allowed
allowing
alloy
almost
alone
along
alongside
already
also
alter
altered
although
aluminium
aluminum
always
am
ambassador
ambiguous
ambitions
ambulance
ambushed
amenities
amid
ammunition
amnesty
among
amount
amounted
ample
amputated
amusement
amyotrophic
an
analysis
analyst
analysts
ancestors
ancient
and
anger
angered
angry
animal
animals
ankle
anniversary
announce
announced
announcement
announces
announcing
annual
annum
anonymous
another
answer
answers
antibiotic
anxieties
anxious
any
anybody
anyone
anything
anywhere
apart
apartheid
apartment
apiece
apologised
apparent
apparently
appeal
appealed
appear
appearance
appearances
appeared
appears
application
applications
applied
apply
appoint
appointed
appreciate
appreciation
approach
approached
approaching
approval
approve
approved
approves
approximately
arable
arc
architect
archives
are
area
areas
argue
argued
arguing
argument
arising
arm
armed
armoured
arms
army
arose
around
arrange
arranged
arrangement
arrangements
arranger
arrest
arrested
arrests
arrival
arrivals
arrive
arrived
arrives
arriving
arsenals
arson
arthritis
article
artificial
artillery
as
ask
asked
asking
asks
asleep
assassination
assault
assemble
assemblies
assembly
assertions
assessed
assessment
assets
assignments
assistance
assistant
assisted
associate
associated
association
assuming
assurances
assure
assured
asylum
at
ate
athletes
athletics
atmosphere
atrocities
attache
attached
attack
attacked
attackers
attacking
attacks
attainable
attempt
attempted
attempting
attempts
attend
attended
attending
attends
attention
attorney
attract
attracted
attracts
attributable
attributed
auction
auctions
audience
austerity
author
authorities
authority
authors
autobiography
automatic
automatically
automation
autonomy
autumn
available
avenged
average
averages
aviation
avoid
avoided
awaiting
award
awarded
aware
away
b
babies
baby
bacillus
back
backbone
backed
background
backing
backs
backwardation
bacteria
bacterial
bad
badly
badminton
bags
baht
balance
balanced
balances
bales
ball
balloon
ballot
balloting
ballots
balls
ban
band
bang
bank
banking
bankruptcy
banks
banned
banners
banning
bans
bar
barge
barges
barley
baron
barred
barrel
barrels
bars
barter
base
based
baseline
baseman
basement
bases
basic
basis
basketball
bat
batches
batons
batsman
batted
batter
battered
batters
batting
battle
be
beach
bearded
beat
beaten
beating
became
because
become
becomes
becoming
bed
beef
been
beer
before
beforehand
began
begin
beginning
begins
begun
behalf
behaviour
behind
being
belief
believe
believed
believes
belonged
belonging
belongs
below
belted
bench
benchmark
benefit
benefits
beryllium
besides
best
better
bettered
between
beyond
bicycle
bid
bidders
bids
big
biggest
bike
bilateral
bill
billet
billion
billionaire
billions
bills
bird
birdie
birdied
birds
birth
birthday
bishop
bit
bitter
bizarre
black
blackmail
blackmailed
blackmailer
blacks
blame
blamed
blames
blank
blanked
blast
blaze
blew
blind
bln
block
blockbuster
blockbusters
blocked
blocking
blocks
blonde
blood
bloody
blow
blown
blue
blurted
board
boards
boasts
boat
boatman
boats
bodies
body
bodyguards
bogeyed
bolster
bomb
bombarded
bombers
bombing
bombings
bombs
bond
bonded
bondholders
bonds
bone
bones
bonus
book
books
bookseller
bookshop
boost
boosted
border
bordering
borders
bore
born
borrowing
boss
both
bottle
bottom
bought
bounce
bound
boundary
bourse
bourses
bovine
bowed
bowel
bowing
bowled
bowler
bowling
box
boxcar
boxes
boy
boycott
boycotting
boys
bpd
brackets
brain
brains
brake
branch
brand
branded
brawl
bread
break
breakaway
breakdown
breaker
breakfast
breaking
breakouts
breaks
breath
breathing
breeders
brewery
bribes
bridge
brief
briefing
briefly
bright
brighter
brilliant
bring
bringing
brings
briskly
broad
broadcast
broader
broke
broken
broker
brokerage
brokered
brokers
bronze
brother
brothers
brought
bruised
bruises
brutal
budget
budgeted
buggy
build
builders
building
builds
built
bulk
bull
bullet
bullion
bullish
bumped
burden
bureau
burglars
burned
burst
bus
buses
bush
bushel
bushland
business
businesses
businessman
busy
but
buttocks
buy
buyback
buyer
buyers
buying
buys
by
bye
bypass
c
ca
cabinet
cake
cakes
calendar
calf
call
called
callers
calling
calls
calm
calmed
calming
came
camera
camoflage
camouflage
camp
campaign
campaigned
camps
campus
can
canal
cancel
cancellation
cancelled
cancer
candidate
candidates
cannabis
cannon
cannons
cannot
canteen
cantonal
cap
capable
capacity
capital
capitalisation
capitalization
capped
caps
captain
captivity
capture
captured
capturing
car
card
cards
care
career
careful
carefully
cargo
cargoes
carmaker
carpenter
carried
carrier
carries
carry
carrying
cars
case
cases
cash
casino
cast
casualties
catch
catcher
catchers
catches
cattle
caught
cause
caused
causes
causing
cautious
cavorting
cease
ceasefire
ceiling
celebrate
celebrated
celebrates
celebration
cell
cells
cement
censor
census
cent
centers
central
centre
centred
centres
centrist
cents
centuries
century
ceremony
certain
certainly
certificate
chain
chained
chains
chaired
chairman
challenge
challenged
challenger
challenging
chamber
champion
champions
championship
championships
chance
chancellery
chances
change
changed
changes
changing
chaos
character
characteristically
charge
charged
charges
charging
charity
cheap
check
checked
checking
checkpoint
checks
cheer
chemical
cheques
chest
chicken
chief
chiefs
child
children
chilli
chip
chipping
chips
choice
cholera
cholesterol
choose
chooses
chosen
chronic
church
churches
cigarettes
circle
circles
circuit
circulation
circumstances
cited
cities
citing
citizen
citizens
city
civil
civilian
civilians
civilisation
civilised
claim
claimed
claims
clamp
clamped
clash
clashed
clashes
class
clause
clay
clean
cleaning
cleansing
clear
clearance
cleared
clearer
clearing
clearly
clemency
cleric
client
climb
climbed
clinch
clinched
clip
clock
clocked
close
closed
closely
closer
closes
closing
closures
clot
clothes
club
clubs
cm
coach
coached
coaches
coaching
coal
coalition
coast
coastal
coasted
cocked
cocktail
coconut
coconuts
coerced
coffee
coincidental
cold
collaborators
collapse
collapsed
collar
collateral
colleague
colleagues
collect
collected
collecting
collections
collective
college
collided
collision
colon
colonel
colonial
colonies
colony
column
combat
combatants
combination
combined
combines
come
comeback
comes
comfortable
comics
coming
command
commander
commanders
commanding
commandos
comment
commentary
commentators
comments
commercial
commission
commissioner
commitment
commitments
committed
committee
committees
commodities
commodity
common
communications
communism
communist
communists
communities
community
companies
company
comparable
comparative
compared
compares
comparison
compartment
compassion
compatriot
compatriots
compensation
compensatory
compete
competing
competition
competitions
competitive
competitiveness
competitors
complained
complaining
complaint
complaints
complete
completed
completely
complex
compliance
complicated
composer
composite
compound
comprehensive
compromise
computer
computers
concealed
conceded
concentrate
concentrated
concentrating
concept
concern
concerned
concerning
concerns
concert
concessions
concluded
concluding
conclusion
concrete
condition
conditions
conduct
conducted
conducting
conference
conferences
confessed
confidence
confident
confidential
confirm
confirmation
confirmed
confirms
confiscated
conflict
conflicts
confronted
confused
confusing
conglomerate
congratulated
congress
congressional
congressmen
connected
connection
conquering
conquest
conscious
consecutive
consensus
consent
consequences
conservation
conservative
consider
consideration
considered
considering
considers
consistent
consistently
consolation
consolidated
consolidation
consortium
constant
constantly
constitution
constitutional
constraints
construction
consulate
consult
consulted
consulting
consumer
consumers
consumption
contact
contacted
contacts
contain
contained
container
containing
contaminated
contenders
contention
contents
contest
contestant
contestants
contesting
contests
context
contingency
continue
continued
continues
continuing
continuous
contract
contracted
contracts
contrary
contribute
contributed
contribution
contributions
control
controlled
controllers
controls
controversial
controversy
convene
convent
convention
convergence
conversion
convicted
conviction
convictions
convinced
convincing
cool
cooperate
cooperating
cooperation
coordinator
copies
copper
copy
cords
corn
corner
corporate
corporations
correct
corrections
correspondent
corruption
cost
costly
costs
cotton
could
council
counterpart
counterparts
counties
countries
country
countryside
county
coup
couple
coupon
coups
course
court
courtroom
courts
cover
coverable
coverage
covered
covering
cow
crack
crackdown
crash
crashed
crashing
crazy
create
creating
credible
credit
creditors
credulity
crew
cricket
crime
crimes
criminal
criminals
crippled
crisis
critic
criticised
criticising
criticism
criticized
critics
crop
crops
cross
crossed
crossing
crowd
crowded
crowds
crown
crucial
crude
cruised
crusade
crushed
crushing
cull
culture
cultures
cup
curb
currency
current
currently
currrent
cushion
custody
customary
customer
customers
customs
cut
cuts
cutting
cwt
cycling
da
daily
damage
damaged
damaging
damp
danger
dangerous
dared
dark
data
date
dated
dates
dating
daubed
daughter
day
days
dazzling
de
dead
deadlocked
deadly
deal
dealer
dealers
dealing
deals
dealt
death
deaths
debate
debilitating
debris
debt
debut
decade
decades
decibels
decide
decided
decision
decisions
decisive
declaration
declarations
declare
declared
declares
declaring
decline
declined
declines
decrease
decree
decrees
deep
deeply
defamatory
defeat
defeated
defeating
defects
defence
defended
defender
defenders
defending
defends
defensive
defiance
deficit
deficits
defied
definite
definitely
definitive
degree
delay
delayed
delaying
delays
delegates
delegation
delight
delighted
deliver
delivered
deliveries
delivery
della
demand
demanded
demanding
demands
demilitarised
demise
democracy
democratic
demolished
demolition
demonstrated
demonstration
demonstrations
demonstrators
den
denial
denied
denies
denote
denotes
denounce
denounced
dense
deny
depart
department
departments
departure
depend
dependent
depending
depopulated
deported
deposed
deposit
deposits
depressed
depth
deputies
deputy
der
derailed
derails
derives
descent
described
describing
desert
deserves
designate
designated
designed
designer
desire
desk
desperate
despite
destined
destitute
destroy
destroyed
destruction
detachment
detail
detailed
detailing
details
detain
detained
detective
detention
deter
deteriorate
determine
determined
determining
develop
developed
developers
developing
development
developments
device
devices
devoted
dialogue
diarrhoea
diatribe
dictator
dictatorial
dictatorship
did
die
died
diesel
diet
diets
difference
differences
different
difficult
difficulties
difficulty
digging
digital
dignity
dilution
diminutive
dinar
dip
diplomat
diplomatic
diplomats
dipped
direct
directed
direction
directly
director
directors
dirt
dirty
disabled
disagreed
disagreement
disappearance
disappeared
disappears
disappointed
disappointing
disarmament
disarmed
discharge
disciplinary
disclosed
disclosure
discount
discovered
discovery
discrimination
discuss
discussed
discussing
discussions
disease
diseases
disengagement
disguised
dishonest
dismal
dismissal
dismissed
disorder
dispensation
displaced
displayed
disposable
disposal
dispute
disputed
disputes
disqualification
disquiet
disrupt
disrupted
disseminating
dissidents
dissolution
dissolve
distance
distrct
distribute
distributed
distributers
distributing
distribution
district
districts
disturbance
div
diverted
dividend
divine
division
divisions
divorce
divorced
dizziness
dn
do
doctor
doctors
document
documentary
documents
does
dog
dogs
doing
dollar
dollars
domestic
domestically
dominant
dominated
dominating
done
dont
door
doors
double
doubled
doubles
doubling
doubt
doubted
doubts
down
downgraded
downstairs
downwards
dozen
dozens
drachma
drachmas
draft
dragged
dramatically
draw
drawing
drawn
draws
dressed
drew
dried
drift
drifted
drilled
drink
drinkers
drinking
drinks
drive
driver
drivers
drives
driving
drizzle
drop
dropped
dropping
drought
drove
drowned
drug
drugs
drunk
drunks
dry
dubbed
due
dunked
duration
during
dusty
duties
duty
dwell
dwt
dye
dyed
dying
dystrophin
dystrophy
each
eager
earlier
earliest
early
earmarked
earn
earned
earning
earnings
earns
ears
earthquake
ease
eased
easier
easily
easing
east
eastern
easy
eat
eating
eats
echoed
economic
economically
economist
economists
economy
edge
edged
edition
editorial
education
effect
effective
effectively
effects
effigy
effort
efforts
eight
eighth
either
elaborate
elaborating
elderly
elect
elected
election
elections
electoral
electricity
electronic
electronics
element
elements
elephant
eliminated
eliminating
elimination
elite
else
elsewhere
elusive
embargo
embassy
embattled
emerged
emergency
emissions
emotion
emotional
emphasis
emphasised
empire
employed
employee
employees
employer
empty
en
enable
encephalopathy
enclosure
encounter
end
ended
ending
endorse
endorsed
endorsement
ends
endurance
endure
enemies
energetic
energy
enforcement
engage
engaged
engine
engineer
engineering
engineers
engines
enhance
enjoy
enough
enquiries
ensure
ensuring
enter
entered
entering
enters
entertaining
entertainment
enthusiasm
entire
entirely
entry
environment
environmental
envoy
epidemic
equal
equalised
equaliser
equipment
equities
equity
equivalent
era
eradicate
erratically
error
errors
erupted
escalating
escape
escaped
escaping
escort
escorted
especially
essential
essentially
establish
established
establishing
establishment
estate
estimate
estimated
estimates
et
ethnic
evacuate
evacuated
evasion
eve
even
evening
event
events
eventual
eventually
ever
every
everybody
everyone
everything
evidence
exact
exactly
examination
examined
example
excellent
except
exception
excessive
exchange
exchanged
exchanges
excited
exciting
exclude
exclusive
executed
execution
executive
exercise
exercised
exhausted
exhaustion
exile
exiled
exist
existed
existing
exit
expand
expanding
expansion
expect
expectations
expected
expecting
expects
expelled
expels
expenditures
expenses
expensive
experience
experienced
experiencing
experts
expired
expires
explain
explained
explaining
explanation
explicit
exploded
exploration
explosion
explosions
explosive
explosives
export
exported
exports
exposure
express
expressed
expresses
expressing
expression
expressions
expulsion
extend
extended
extensions
extortion
extra
extract
extracted
extraction
extracts
extradite
extradition
extraordinary
extreme
extremely
extremist
extrusion
eye
eyebrows
eyes
eyesight
face
faced
faces
facilities
facility
facing
fact
faction
factions
factor
factories
factors
factory
faded
fail
failed
failing
fails
failure
fair
fairly
faith
fake
fall
fallen
falling
falls
famed
families
family
famous
fan
fans
fantastic
far
farce
farewell
farm
farmer
farmers
farming
farms
fast
faster
fastest
fat
fatal
fate
father
fatigue
faults
favor
favorable
favour
favourable
favoured
favourite
favourites
fear
feared
fearing
fears
feasible
feature
fed
federal
federation
fee
feed
feeder
feedlot
feedmillers
feel
feeling
feels
feet
fell
fellow
felons
felt
fence
ferry
ferrying
fertiliser
festival
fever
few
fewer
fiancee
fiasco
fictitious
field
fielded
fielder
fielding
fields
fierce
fiery
fifth
fight
fightback
fighter
fighters
fighting
figure
figures
file
filed
files
filing
fill
filled
film
filmed
filming
films
final
finalists
finally
finals
finance
financed
financial
financing
find
finding
findings
finds
fine
fined
fines
finish
finished
finishing
fire
firearm
fired
fires
fireworks
firing
firm
firmer
firms
first
fiscal
fishermen
fishing
fitness
fitted
five
fix
fixed
fixing
fixture
fixtures
flag
flags
flames
flared
flashpoint
flat
flatly
flawed
fled
flee
fleeing
flew
flight
flights
floating
flooded
flooding
floor
floors
flow
flowing
flown
flows
fluctuations
fluids
flung
fly
flying
fob
focus
focused
focusing
foil
follow
followed
followers
following
follows
food
foot
football
footing
for
forbid
force
forced
forces
forcing
forecast
forecasts
forehand
foreign
foreigners
forensic
foresees
forest
forever
forfeited
forget
forints
form
formal
formally
format
formation
formed
former
forms
formula
fortnight
fortunate
forward
forwarded
fought
foul
found
founded
founder
founding
four
fours
fourth
fractionally
fractured
frailty
frame
framework
franc
francs
fraud
free
freed
freedom
freestyle
freezer
freight
frequent
frequently
fresh
friction
friend
friendly
friends
friendship
from
front
frost
fruit
frustrated
frustrating
ft
fuel
fueled
fugitive
fulfilled
fulfilment
full
fully
fun
function
functioning
fund
fundamental
fundamentalist
fundamentals
funded
funding
funds
furlongs
furnace
further
future
futures
gain
gained
gainers
gains
game
games
gang
gap
garden
garlic
gas
gasoline
gateway
gathered
gathering
gave
gear
gearbox
gendarmerie
gene
general
generalisation
generally
generals
generated
generation
genocide
geography
gestures
get
getaway
gets
getting
giant
girl
girlfriend
girls
give
given
gives
giving
glad
glass
global
gloom
gloomy
gluten
go
goal
goalkeeper
goalless
goals
goddess
godfather
goes
going
gold
golds
golf
golfer
gone
good
goods
goodwill
got
goverment
government
governments
governor
gown
grade
gradual
grain
grammes
grand
grandparents
grandson
grant
granted
granting
grateful
gravel
great
greater
greatest
green
grenades
grew
grill
grip
gripping
groin
gross
grossed
ground
grounded
grounds
group
grouping
groups
grow
growing
grows
growth
guarantee
guaranteed
guarded
guards
guerrilla
guerrillas
guest
guests
guidance
guide
guided
guidelines
guilder
guilders
guilty
guitar
guitarist
gun
gunfire
gunman
gunmen
gunned
gunpoint
guns
guys
habits
had
hailed
hailing
hails
hair
hairy
half
halftime
halls
halt
halted
hampered
hamstring
hand
handed
handful
handgun
handing
handle
handled
handling
handover
hands
handwritten
hang
hanged
hanging
happen
happened
happier
happy
harassed
harassment
hard
hardest
hardline
hardliners
hardly
hardship
hardware
harmony
harvest
harvested
has
hatred
have
having
he
head
headache
headed
header
heading
headquarters
heads
healed
health
healthcare
healthy
heaps
hear
heard
hearing
heart
heartbeat
hearts
heat
heavier
heavily
heavy
hectare
hectares
heels
hefty
hegemony
height
heir
heirs
held
helicopter
helicopters
help
helped
helping
helps
her
herbicides
here
hero
heroin
hidden
hide
hideaway
hides
high
higher
highest
highlight
highlighted
highlights
highly
highs
highway
hijack
hijacked
hijackers
hijacking
hijackings
hills
him
himself
hinted
hinterland
hired
his
historic
historical
history
hit
hits
hitter
hitting
hog
hogs
hold
holder
holders
holding
holdings
holds
hole
holes
holiday
holidays
hollow
home
homeland
homer
homered
homers
homes
honed
honours
hope
hoped
hopeful
hopefully
hopefuls
hopes
hoping
horns
horrors
hospital
hospitalised
hospitalized
host
hostage
hostages
hostilities
hostility
hot
hotel
hour
hours
house
houses
housing
hovercrafts
how
however
hryvna
huge
human
humanitarian
humans
hundred
hundreds
hunger
hunt
hunting
hurdle
hurdler
hurdlers
hurdles
hurled
hurricane
hurry
hurt
hurts
husband
hydroelectric
hyperbole
hysterical
ice
idea
ideal
ideas
identified
identify
identities
if
ignoring
ill
illegal
illegally
illness
image
immediate
immediately
immigrant
immigrants
immigration
imminent
immune
impact
impeachment
impetus
implement
implementation
implemented
import
importance
important
imported
importers
importing
imports
imposed
impossible
impressed
impression
impressive
imprisoned
imprisonment
improve
improved
improvement
impunity
in
inaugurated
incentive
incentives
inch
inches
incident
incidents
inciting
include
included
includes
including
income
incompatible
incompetence
incompetent
incomplete
incomprehensible
incorrectly
increase
increased
increases
increasing
increasingly
incumbent
indeed
indefinitely
independence
independent
independently
index
indicate
indicated
indicates
indicating
indication
indications
indices
indifference
indigenous
individual
indulged
industrial
industrialists
industries
industry
ineligible
infected
infection
infectious
infighting
infiltrating
inflammation
inflation
influence
influx
info
inform
information
informed
infrastructure
infringement
infuriated
infusion
inhuman
initial
initially
initiated
initiative
inject
injection
injunction
injured
injuries
injuring
injury
inlaid
inmates
inning
innings
innocent
inquiries
inquiry
inserts
inside
insider
insight
insisted
insistence
insisting
inspection
inspections
inspectors
inspired
install
installed
instantly
instead
institutional
institutions
instructions
instrument
insufficient
insurance
insurer
insurgency
insurgents
integrated
integration
intelligence
intended
intends
intense
intensive
intent
intention
intentions
interbank
intercepted
interest
interested
interests
interfere
interferon
interim
interior
internal
international
internationals
interogation
interpreted
interrogated
interrupted
interval
intervene
intervention
interview
interviewed
interviewer
interviews
intestines
into
intravenous
introduce
introduced
introduction
invaded
invading
invalid
invasion
inventing
inventories
investigate
investigated
investigating
investigation
investigations
investigators
investing
investment
investments
investor
investors
invitation
invited
involve
involved
involvement
involves
involving
iron
irregular
irregularities
irreplaceable
is
island
islands
isolated
issue
issued
issues
issuing
it
items
its
itself
jackpot
jail
jailed
jailer
jammed
jars
jeopardize
jet
jewelry
jitters
job
jobs
join
joined
joining
joint
jointly
joked
joking
journal
journalism
journalist
journalists
journey
joy
judge
judges
judgment
judicial
judiciary
jump
jumped
jumps
jungle
junior
just
justice
justified
karbovanets
keen
keenness
keep
keeping
kept
kerosene
key
keyed
kg
kick
kicked
kickoff
kidnap
kidnapped
kidnappers
kidnapping
kidney
kill
killed
killer
killers
killing
killings
kills
kilo
kilometre
kilometres
kilos
kind
king
kingdom
km
kms
knee
knew
knifed
knot
know
knowledge
known
knows
kph
kuna
l
laboratory
laborers
labour
laboured
labourers
lack
lacks
lacquer
lady
lagged
lagging
laid
lakelands
lamb
lamented
laminate
laminates
land
landed
landing
landless
landmark
lands
language
languishing
lanky
lap
laps
large
largely
larger
largest
lasagna
last
lasting
late
later
lateral
latest
latter
laughing
launch
launched
launches
launching
law
lawmakers
laws
lawsuit
lawsuits
lawyer
lawyers
laying
layoffs
lb
lbs
lbw
lead
leader
leaders
leadership
leading
leads
league
lease
least
leave
leaves
leaving
led
left
lefthander
leftist
leg
legal
legend
legislation
legislations
legislative
legislators
legislature
legitimate
legs
lei
lend
lending
lengths
lengthy
lent
less
let
letdowns
letter
letters
level
levels
levies
liabilities
liaison
liberal
liberalising
libero
library
licences
licensed
life
lifespan
lifestyle
lift
lifted
lifting
light
lightning
lights
like
likely
likened
likes
limit
limited
limits
limp
line
liner
lines
lineup
lingers
link
linked
linking
links
lions
liquidated
liquidity
liquids
liquor
lira
list
listed
listen
lists
litigation
littered
little
live
lived
lives
livestock
living
load
loaded
loan
loans
lobby
local
locally
located
location
locations
lock
locked
locomotive
logged
logging
lone
long
longer
longest
longitudinal
look
looked
looking
looks
looms
loophole
loose
lords
lorries
lose
loser
losers
loses
losing
loss
losses
lost
lot
lots
loud
lounge
love
lovebites
low
lower
lowered
lowering
lowers
lows
loyal
luck
lucky
lucrative
luggage
lumber
lunch
lunches
lung
luxury
lying
m
machine
machinery
mad
made
magazine
magazines
maiden
mail
main
mainland
mainly
maintain
maintained
maintains
maintenance
major
majorities
majority
majors
make
maker
makers
makes
making
malaria
male
man
manage
managed
management
manager
manages
managing
mandate
manhunt
manner
manual
manufacture
manufactured
manufacturer
manufacturers
manufacturing
manuscript
many
marathon
march
marched
margin
marginally
margins
marijuana
mark
marked
market
marketing
marketplace
markets
markka
marks
marksmen
marred
marriage
married
marvelling
masked
mass
massacre
massacres
massing
massive
match
matches
matchup
mate
material
materialise
materials
maternity
mational
matter
matters
maximum
may
maybe
mayor
me
meal
mean
means
meant
meantime
measles
measure
measured
measures
measuring
meat
medal
medallist
medals
media
medical
medicine
medium
meet
meeting
meetings
meets
member
members
membership
memorandum
memory
men
meningitis
mental
mentally
mentor
mercenaries
merchant
merchants
merely
merger
message
messages
met
metal
metals
methods
metre
metres
mice
microfilm
midday
middle
midfielder
midnight
midweek
might
migrants
migration
mild
mile
miles
militancy
militant
militants
military
militia
milk
mill
millfeed
millfeeds
milligrams
million
millions
mills
min
mind
mine
miner
mines
mingle
minimum
mining
minister
ministers
ministry
minor
minority
mins
minute
minutes
miracle
misfortune
misleading
miss
missed
missile
missiles
missing
mission
missionaries
missionary
missions
mistakes
mixed
mixture
mln
mm
mobile
model
models
modem
moderate
moderating
modest
modified
moisture
molotov
moment
moments
momentum
monarch
monetary
money
monitor
monitoring
monitors
monopoly
month
monthly
months
mood
moral
more
morning
mortgage
mosque
most
mostly
mother
mothers
motion
motive
motocross
motor
motorcycle
motorist
motorists
motorway
mount
mountain
mountainous
mountains
mounted
moustache
mouth
move
moved
movement
movements
moves
movie
movies
moving
mph
much
multidisciplinary
multiple
multple
mummies
mummification
muni
municipal
municipality
murder
murdered
murdering
murders
muscle
muscular
musician
must
mutilated
mutton
mutual
my
myth
nabs
naira
naked
name
named
namely
names
narrow
nation
national
nationalist
nationalists
nationality
nationals
nations
natural
nature
naval
near
nearby
nearly
necessarily
necessary
neck
need
needed
needs
negative
neglected
negotiate
negotiated
negotiation
negotiations
negotiator
neighbour
neighbouring
neighbours
neither
nemesis
nervous
nervousness
nervy
net
network
networking
networks
never
nevertheless
new
newly
news
newsdesk
newsletter
newspaper
newspapers
newsprint
newsroom
next
nice
night
nil
nine
ninth
nitrofuran
no
noble
nobody
noise
noisy
nominated
nomination
nominations
nominee
none
noon
nor
normal
normalisation
normality
normally
norms
north
northeast
northeastern
northern
northwest
northwestern
not
notable
notably
note
noted
notes
noteworthy
nothing
notice
noticed
notified
notionally
novelist
novitiate
now
nowhere
nuclear
number
numbers
numerous
nun
nuns
nurse
nurses
nursing
object
objected
objection
objections
objective
obligations
oblige
obliged
oblique
observe
observed
observers
observing
obsessed
obstructing
obtain
obtained
obtaining
occasionally
occupation
occupied
occupy
occur
occurred
occurs
of
off
offal
offence
offences
offenders
offending
offer
offered
offering
offers
office
officer
officers
offices
official
officially
officials
offset
offshore
often
oil
oilfield
old
older
omitted
on
once
one
ones
ongoing
online
onlookers
only
onto
open
opened
opener
opening
opens
operate
operated
operates
operating
operation
operations
operator
operators
opinion
opium
opponent
opponents
opportunities
opportunity
oppose
opposed
opposes
opposing
opposition
oppositions
optimistic
option
options
or
ordeal
order
ordered
ordering
orderly
orders
ordinary
organisation
organisations
organise
organised
organisers
organising
organist
oriented
origin
original
originally
orthodox
ostensibly
osteoporosis
other
others
otherwise
ought
ounce
our
ours
oust
ousted
out
outbreak
outcome
outdid
outdueled
outfield
outfielder
outfit
outgoing
outline
outlook
outnumbered
outperform
outplayed
output
outscored
outside
outskirts
outspoken
outstanding
over
overall
overcame
overcome
overdose
overflying
overhaul
overlooked
overnight
overpowered
overran
overreacting
overrun
overs
overseas
overshot
oversold
overtake
overthrow
overturned
overwhelmed
overwhelmingly
owed
owing
own
owned
owner
owners
ownership
owns
pace
pacemaker
package
packaging
packed
packers
pact
paedophile
page
pageant
pages
paid
pain
painful
paint
painted
pair
pairs
palace
panel
panels
paper
papers
par
parallel
paralysed
pardoned
parent
parents
parks
parliament
parliamentary
parrots
part
parted
partial
partially
participants
participation
particular
particularly
parties
partition
partly
partner
partnered
partners
partnership
parts
party
pass
passage
passed
passenger
passengers
passes
passing
passion
passorts
passport
past
pasta
patches
patchy
patent
path
patient
patients
patrol
patrolled
patrols
pattern
paved
pay
paying
payment
payments
payroll
pays
pct
peace
peaceful
peacefully
peacekeeping
peacemaker
peak
peaks
pearl
peasants
pedestrian
pegged
pellets
pelting
penalties
penalty
pence
pending
penfriend
penned
penniless
pension
pensions
penultimate
people
peoples
per
percent
percentage
perfect
perfected
perfectly
perform
performance
performances
performed
perhaps
period
permanent
permission
permits
permitted
perpetrators
person
personal
personalities
personnel
persons
perspective
persuade
persuaded
pesetas
peso
pesos
phase
photo
photocopies
photograph
photographed
photographer
photographers
photographs
photos
physical
physically
physician
pick
picked
picture
pictures
piece
pierced
pills
pilot
pipes
pistol
pitch
pitched
pitcher
pitches
pits
pitted
pitting
pity
placards
place
placebo
placed
places
placing
placings
plagued
plainclothes
plan
plane
planes
planks
planned
planning
plans
plant
plantation
planted
planting
plants
plastic
plastics
plate
platform
platinum
play
played
player
players
playing
plays
pleas
please
pleased
pledge
pledged
plenty
plight
plot
ploughed
plugged
plugging
plunged
plus
pneumonia
podium
point
pointing
points
poised
poisoning
poking
pole
police
policed
policeman
policemen
policies
policy
political
politically
politician
politicians
politics
poll
polling
polls
pool
poor
popped
popular
population
populist
pork
pornographic
pornography
port
portfolio
position
positions
positive
possessed
possession
possessions
possibility
possible
possibly
post
posted
posting
postpone
postponed
postponement
posts
potential
potentially
pots
pound
pounded
pounds
pour
powder
power
powerful
powers
practical
practice
practices
praise
praised
praises
praising
pray
prayer
prayers
praying
precautionary
precautions
precedence
precise
preconditions
predecessor
predictable
predicted
prediction
predictions
predominantly
prefer
preference
preferred
prefix
pregnant
preliminary
premature
premier
premiership
premium
premiums
preparation
preparations
prepare
prepared
prepares
preparing
prerequisite
preschool
presence
present
presently
preservation
preserved
presidency
president
presidential
presiding
press
pressed
pressing
pressure
pretty
prevailed
prevailing
prevent
preventative
prevented
previous
previously
price
priced
prices
pride
priest
primarily
primary
prime
princess
principal
principle
print
printed
prior
priorities
priority
prison
prisoners
prisons
private
privately
privatization
prix
prize
probable
probably
probe
probing
problem
problems
procedure
procedures
proceed
proceeding
proceedings
process
proclaimed
proclamation
procure
produce
produced
producer
producers
product
production
productive
productivity
products
profession
professional
professor
profit
profitability
profitable
profits
program
programme
programmes
progress
progressing
progressive
prohibited
project
projected
projection
projects
prominent
promise
promised
promises
promising
promote
promoted
promoter
promoting
promotional
prompt
prompted
promptly
pronounced
propaganda
proper
properties
property
proportion
proposal
proposals
propose
proposed
proposes
proposing
proprietary
prosecution
prosecutor
prosecutors
prospect
prospects
prosperity
prostitute
prostitutes
prostitution
protect
protected
protection
protects
protein
protest
protested
protesters
protests
protocol
proud
prove
proved
provide
provided
provides
providing
province
provinces
provincial
provision
provisional
provisions
psychologist
pts
public
publication
publications
publicist
publicists
publicly
published
publishers
publishing
pull
pulled
pullout
pulls
pulp
pump
pumped
pumping
pumps
punches
punishment
purchase
purchased
purchaser
purchasers
purchases
pure
purpose
purposes
pursue
pursuing
pursuit
push
pushed
put
puts
putting
quake
qualified
qualifier
qualifiers
qualify
qualifying
qualities
quality
quarter
quarterly
quarters
quartet
queen
queens
quell
quest
question
questioned
questions
quick
quicken
quickly
quiet
quit
quite
quitting
quote
quoted
quotes
quoting
race
raced
races
racial
racing
racist
racket
radical
radio
radioactive
raft
raged
raid
raided
raids
rail
railway
rain
rainfall
raining
rains
rainstorm
rainwater
raise
raised
raises
raising
rallied
rallies
rally
rallying
rammed
ramshackle
ran
rand
range
ranged
ranging
rank
ranked
ranking
rankings
ranks
ransom
raped
rapid
rapidly
rapist
rare
rarely
rate
rated
rates
rather
rating
ratings
ratio
rave
raw
reach
reached
reaches
reaching
reaction
read
readily
reading
ready
real
realised
really
reason
reasonable
reasons
reassure
rebel
rebellion
rebels
rebound
rebuilding
recall
recalled
recaptured
receding
receive
received
receiving
recent
recently
recognised
recognition
recognize
recommendation
recommendations
recomposed
reconaisance
reconciliation
reconvene
record
recorded
records
recover
recovered
recovering
recovery
red
reduce
reduced
reducing
reduction
reelection
reeling
refer
referee
reference
references
referendum
refined
refinery
reflected
reflecting
reflects
reform
reformed
reformer
reformist
reforms
refuel
refuelled
refugee
refugees
refunding
refunds
refurbished
refuse
refused
refusing
regained
regard
regarded
regarding
regards
regime
regimented
region
regional
regions
register
registered
registering
registration
registrations
registry
regular
regularly
regulate
regulation
regulatory
reigning
reimbursement
rein
reinforcements
reintegration
reiterated
reiterates
reject
rejected
rejecting
rejects
rejoined
related
relating
relations
relationship
relatively
relatives
relay
release
released
releases
relegated
relegation
relevent
reliable
relief
relieved
reliever
religious
relinquished
relish
relive
reluctant
rely
remain
remained
remaining
remains
remarkable
remarks
remembering
remote
removal
remove
removed
removing
renegade
renew
renewed
rent
reopened
reopening
reorganisation
reorganization
repaid
repair
repairs
repeat
repeated
repeatedly
repeats
reperforated
replace
replaced
replacement
replacements
replaces
replacing
replay
replied
reply
replying
report
reported
reportedly
reporters
reporting
reports
represent
representative
representatives
represented
representing
represents
reprieve
reprise
republic
republics
reputation
request
requested
require
required
requirement
requirements
requires
requiring
rescued
research
researchers
reserve
reserves
reservoir
reshuffle
residence
resident
residents
resign
resignation
resigned
resistance
resolution
resolve
resolved
resolving
resort
resorts
resources
respect
respectable
respectively
respirator
respiratory
responded
responding
response
responsibility
responsible
rest
restaurant
restitution
restore
restored
restraint
restrict
restrictions
restructure
restructuring
result
resulted
resulting
results
resume
resumed
resuming
resumption
retail
retailer
retain
retained
rethink
retire
retired
retirement
retiring
retrieved
return
returned
returning
returns
revaluation
reveal
revealed
revenue
revenues
reverse
reversed
reverts
review
reviews
revised
revisions
revive
revolt
reward
rewarded
rhetoric
rhythm
rib
ribs
rice
rich
richest
rid
ridden
ride
rider
riders
riding
rifle
rifles
right
rights
ringgit
ringing
ringleaders
rings
riot
riots
rise
risen
rises
rising
risk
rival
rivals
river
rivers
riyal
rnr
road
roadblock
roads
robbers
robbery
robbing
rock
rocks
role
roles
roll
rolled
rolls
romantic
romp
roof
room
rope
rose
rottweiler
rouble
roubles
roughly
round
rounds
route
routed
routes
routine
routines
routing
row
royal
rubber
rubella
rugby
rule
ruled
rulers
rules
ruling
rumours
run
running
runs
runway
rupees
rupiah
rural
rushed
rushing
s
sacked
sacks
sad
sadistic
sadness
safe
safety
said
sailing
saint
salaries
salary
sale
sales
saline
salute
same
sanctions
sandwich
sank
satisfactory
satisfied
satisfying
sauce
savaged
save
saved
saving
savings
saw
sawed
sawing
say
saying
says
scale
scalp
scam
scandal
scant
scarce
scare
scared
scattered
scene
scenes
scepticism
schedule
scheduled
scheme
scholar
school
schoolgirl
schools
scientific
scientist
scientists
sclerosis
score
scoreboard
scored
scoreless
scoreline
scorer
scores
scoring
scrap
scrapie
screen
screened
screenwriter
script
scrutiny
sea
seal
sealed
search
searched
searches
searching
seaside
season
seasonal
seasonally
seasons
seat
seats
secession
second
secondary
secondliners
seconds
secret
secretary
secrets
section
sector
sectoral
sectors
secure
secured
securities
security
see
seed
seeded
seeding
seedings
seeds
seeed
seeing
seek
seeking
seemed
seems
seen
sees
seize
seized
select
selected
selectors
sell
seller
selling
sells
semifinal
semifinalist
semifinals
seminar
seminary
semis
send
sending
senior
sense
sensitive
sent
sentence
sentenced
sentences
sentiment
separate
separately
separation
separatist
separatists
sequel
serial
serie
series
serious
seriously
servant
servants
serve
served
serves
service
servicemen
services
serving
session
sessions
set
setbacks
sets
setting
settle
settled
settlement
settlements
settlers
seven
seventh
several
severe
severely
sewing
sex
sexual
sexually
shacks
shaken
shaking
shall
shanked
share
shared
shareholder
shareholders
shares
sharp
sharply
shattered
shave
she
shed
shedding
sheds
sheep
sheepmeat
sheet
sheets
shelled
shelling
shelter
sheltering
shelters
shift
ship
shipload
shipment
shipments
shipyard
shirt
shirtfront
shocked
shocking
shoe
shoes
shook
shoot
shooting
shop
shops
shore
short
shortened
shortfall
shortly
shortstop
shot
shotgun
shots
should
shoulder
shouted
show
showdown
showed
showering
showers
showing
shown
shows
shr
shrub
shun
shut
shutdown
shutout
shy
sic
sick
side
sidelined
sidelines
sides
sight
sightseers
sign
signal
signalled
signals
signature
signed
significant
significantly
signing
signs
silence
silent
silver
similar
simple
simply
since
singer
single
singled
singles
sister
site
sites
sitting
situated
situation
situations
six
sixes
sixth
size
skies
skilled
skills
skin
skipped
skipper
skirmish
skull
slain
slam
slammed
slams
slash
slashed
slated
slaughter
slaughtered
sleep
sleeping
slept
slice
slid
slight
slightly
slipped
slipping
slips
slogans
slot
slow
slowly
sluggish
slum
slumber
slumped
slumping
slums
small
smaller
smashed
smiling
smoke
smoothly
smuggle
smugglers
smuggling
snap
snapped
snapping
snatched
sniffer
so
soared
sober
soccer
social
socialist
socialists
soft
softer
software
soil
sold
soldier
soldiers
sole
solemn
solid
solidify
solitary
solo
solution
some
somebody
someone
something
sometimes
somewhat
somewhere
son
song
sons
soon
sooner
soothed
sophisticated
sorrow
sort
sorts
sought
sound
sour
source
sources
south
southeast
southeastern
southern
southwest
sovereignty
sowing
soybean
soybeans
soymeal
soyoil
space
spaces
span
spare
spared
sparked
spasms
spate
speak
speaker
speaking
speaks
special
specialised
specialist
specialists
specific
specified
specify
spectacle
spectators
speculate
speculated
speculation
speech
speeches
speed
speeding
spell
spend
spending
spent
spinal
spinoff
spirits
spiritual
spiritually
spite
spleens
splinter
split
spoiling
spoils
spoke
spokesman
spokesmen
spokeswoman
spongiform
sponsor
sponsored
sponsors
sporadic
sport
sporting
sports
spot
spotlight
spots
spotted
spread
spreading
spring
sprint
sprinter
spur
spy
spying
sq
squad
squads
square
st
stabbed
stabilise
stabilising
stability
stable
stadium
staff
stage
staged
stages
staging
stagnates
stake
stakes
stalemate
stalker
stalled
stance
stand
standard
standards
standing
standings
star
start
started
starter
starting
starts
starvation
starved
state
stated
statement
statements
states
station
stationed
stationery
stations
statistics
status
stay
stayed
staying
steadily
steady
steal
stealing
steel
steep
steered
step
stepped
stepping
steps
sterling
stg
stick
stiff
still
stillborn
stock
stockpile
stocks
stole
stolen
stomach
stone
stood
stop
stoppage
stopped
stopping
storage
store
stored
stores
stories
storm
stormed
storming
storms
story
straight
strain
strained
straining
stranded
strange
strapless
strategic
strategist
strategy
streak
street
streets
strength
strengthen
stress
stressed
stretch
strict
stride
strides
strike
strikeouts
striker
strikers
strikes
striking
string
striving
stroked
strokes
strong
stronger
strongest
strongly
strongman
struck
structure
structured
struggle
struggled
struggling
strumming
stubborn
student
students
studied
studies
study
studying
stunning
style
subject
submissions
submit
submitted
subpoena
subpoenaed
subpoenas
subscribers
subsequently
subsidiary
subsidies
substances
substantial
substantially
substitute
substituted
subtracted
suburb
succeeded
success
successful
successive
successor
sucessful
such
sudden
sued
suffer
suffered
suffering
suffers
sufficiently
sugar
suggested
suggesting
suicidal
suicide
suit
suitable
suitcases
suits
sulphur
summer
summit
superb
superbike
superior
superstores
supervise
supplementary
supplies
supply
support
supported
supporter
supporters
supporting
supposed
supposedly
suppress
supremacy
supremo
sure
surface
surge
surged
surgeon
surgery
surgical
surging
surplus
surprise
surprised
surprises
surrender
surrendered
surrounded
surrounding
surveillance
survey
surveyed
survived
survives
survivors
suspect
suspected
suspects
suspended
suspension
suspicion
sustainable
swap
sweat
sweep
sweeping
swept
swift
swimmer
swimming
swing
swings
swollen
symbols
sympathisers
sympathy
symptoms
syndicated
syndrome
system
systematically
systems
table
tablets
tabloid
tabulate
tabulated
tackling
tactic
tactics
tag
tagged
taka
take
taken
takeover
takes
taking
talent
tales
talk
talked
talking
talks
tamper
tampering
tandem
tankan
tanker
tanks
tap
target
targeted
targets
task
tasks
taught
taunt
taunts
tax
taxes
taxi
tbf
teach
teachers
teacup
teak
team
teams
technical
technicalities
technologies
technology
teen
teenaged
teenager
teenagers
teeth
telecommunications
telecoms
telephone
televised
television
tell
telling
tells
temperature
temperatures
temporary
ten
tender
tending
tendinitis
tennis
tenor
tens
tense
tension
tensions
tentative
tents
term
termed
terms
terrific
territories
territory
terror
terrorism
terrorist
terrorists
test
tested
testify
testimony
testing
testosterone
tests
text
textbooks
than
thanked
thanks
that
the
theft
thefts
their
them
theme
themselves
then
theoretical
therapy
there
thermal
these
they
thief
thieves
thigh
thin
thing
things
think
thinking
thinks
third
this
thorough
those
though
thought
thousand
thousands
threat
threatened
threatening
threats
three
threw
throne
through
throughout
throw
throwing
thrown
thrust
thrusting
thus
ticket
tidy
tie
tiebreak
tiebreaker
tied
ties
tight
tighten
tightened
time
times
timetable
timing
tin
tiny
tipped
tirade
tired
tiring
tissue
title
titles
to
tobacco
today
toddler
together
told
tolerance
toll
tomato
tomatoes
tomb
tomorrow
ton
tone
tonight
tonnage
tonne
tonnes
tons
too
took
tool
top
topple
tops
topsoil
tortured
toss
tossed
total
totalled
touch
touched
tough
toughest
tour
toured
tourism
tourist
tourists
tournament
tournaments
toward
towards
towed
tower
town
towns
track
tracks
trade
traded
trademark
trader
traders
trades
trading
tradition
traditional
traditionally
traffic
trafficking
tragic
trail
trailed
train
trained
trainer
training
trampled
tranches
tranfers
transactions
transfer
transferred
transit
transition
transitional
translator
transmission
transmitted
transmitter
transport
transportation
trapped
travel
travelling
travels
treat
treated
treating
treatment
treaty
tree
trees
tremendous
trend
trends
trial
trials
tribal
tribute
trickle
tried
tries
triggered
trillion
trim
trio
trip
triple
tripled
triumph
triumphal
triumphant
trln
troop
troops
trophy
trouble
troubled
truce
truck
trucked
trucks
true
trust
truth
try
trying
tubes
tunnel
turn
turnaround
turned
turning
turnover
turns
twice
twist
two
tying
type
typical
typically
ultimate
ultimatum
umbrella
umpires
unable
unarmed
unauthorised
unavoidable
unbeatable
unbeaten
unc
uncapped
uncertainty
unchanged
unclear
under
underage
undercover
undercut
undergone
underground
underlying
undermine
understand
understanding
understands
understated
understatement
undertaken
undertaking
underway
underwent
undisclosed
unduly
unearthed
unease
unemployed
unemployment
uneven
unexpected
unexpectedly
unfair
unfocused
unfortunate
unfriendly
unfruitful
unhurt
unidentified
unimported
union
unions
unit
unite
united
units
unity
university
unjustified
unknown
unless
unlikely
unlisted
unload
unlucky
unnamed
unofficial
unpaid
unprecedented
unrest
unsecured
unseeded
unsettled
unspecified
unsuccessful
unsure
unsustainable
until
unwanted
unwinding
unworthy
up
upcoming
update
updated
upgrade
upgraded
upgrading
uphill
upon
upper
uprising
ups
upset
upside
upstaged
upstairs
upward
upwards
uranium
urge
urged
urgent
us
usage
use
used
useful
users
uses
using
usual
utility
v
vacancy
vacant
vacation
valid
valley
valuation
value
valued
values
valuing
van
variable
variety
various
vast
vegetables
vehemently
vehicle
vehicles
veil
veiled
velodrome
ventilation
venture
venue
verdict
verified
version
versions
versus
vertebrae
very
vessels
veteran
veterans
veterinary
veto
via
viable
vice
vicious
victim
victims
victories
victory
video
videos
videotape
view
viewing
views
vigilance
villa
village
villagers
villages
violating
violation
violations
violence
violent
viral
virtual
virtually
virus
viruses
visas
viscose
visible
visit
visited
visiting
visitor
visitors
visits
visualise
vital
voiced
voices
vol
volatility
volcano
volleying
vols
volume
volumes
voluntarily
volunteers
vomiting
vote
voted
voter
voters
votes
voting
vouch
vowed
vowing
vows
vs
wage
wages
wait
waiter
waiting
waivers
wake
walk
walked
walking
walkover
walks
wall
walls
want
wanted
wants
war
warehouses
warfare
warmup
warned
warning
warnings
warrants
warring
wars
wartime
was
washed
waste
wasteful
watch
watchdog
watched
watching
water
waters
wave
waved
way
ways
we
weak
weakened
weakening
weakens
weaker
weakness
weapon
weapons
wear
wearing
weather
weathered
week
weekend
weekly
weeks
weighed
weight
weighted
welcomed
welcoming
welded
welfare
well
wells
went
were
west
western
wet
whale
whales
what
whatever
whatsoever
wheat
wheelchair
when
where
whereabouts
whether
which
while
whirlwind
white
whites
who
whoever
whole
wholesale
whom
whose
why
wicket
wicketkeeper
wickets
wide
widely
widened
wider
widespread
widow
wife
wild
wilderness
will
willing
willingness
win
wind
winding
window
windows
winds
wine
wing
winger
winner
winners
winning
wins
winter
wisdom
wish
wished
with
withdraw
withdrawal
withdrawn
withdrew
withering
within
without
witnesses
wo
woman
women
won
wooden
word
words
work
worked
worker
workers
workforce
working
workout
works
world
worldwide
worries
worry
worrying
worse
worsened
worst
worth
would
wounded
wounding
wounds
wrangle
wraps
wreckage
wrist
write
writer
writers
writing
written
wrong
wrote
x
y
yard
yards
yarn
year
years
yelled
yellow
yen
yes
yesterday
yet
yield
yielded
yields
yogic
you
young
younger
your
yourself
youth
youthful
yr
yuan
zinc
zlotys"#;
